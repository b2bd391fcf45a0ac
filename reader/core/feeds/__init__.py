"""Feeds: subscriptions that bring articles in without a URL typed by hand (issue 17).

An empty home for now. What belongs here: finding a site's feeds (discovery), reading RSS,
Atom and JSON Feed (parsing), the subscriptions the reader keeps, planning which feeds to
refresh and when, and turning a feed item into a page the library saves. The flow stays
one way: a feed item goes to :mod:`reader.core.fetch` and :mod:`reader.core.extract` and
is saved through :mod:`reader.core.library`; nothing below the library imports this
package.
"""
