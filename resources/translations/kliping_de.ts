<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Über Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Ein Nachrichtenleser für offline: Artikel speichern, aufgeräumt lesen, alles Gespeicherte durchsuchen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Bibliothek:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Protokoll:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Freie Software unter der GNU GPL, Version 3 oder neuer.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>URL hinzufügen …</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Eine Webseite in der Bibliothek speichern</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Abonnieren …</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Einer Nachrichtenseite oder einem Feed folgen: neue Artikel werden gespeichert</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Feeds aktualisieren</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Jetzt neue Artikel aus allen Feeds abrufen</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Abonnements importieren (OPML) …</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>Die Feeds einer OPML-Datei abonnieren</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Abonnements exportieren (OPML) …</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Alle Abonnements als OPML-Datei speichern</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Artikel aus einem anderen Reader oder einer Sicherung importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Artikel als HTML, Markdown, EPUB oder JSON exportieren</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Alle gespeicherten Artikel durchsuchen</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>URL einfügen</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Die Adressen aus der Zwischenablage speichern</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Original öffnen</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Die Seite des Artikels im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Gespeicherte Seite anzeigen</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Die Seite so anzeigen, wie sie vor dem Bereinigen gespeichert wurde</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorisieren</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Zu den Favoriten hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Ins Archiv verschieben oder herausholen</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Als gelesen / ungelesen markieren</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter …</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Schlagwörter hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz …</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Eigene Notiz zum Artikel schreiben oder ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Die ausgewählten Artikel löschen (einige Sekunden lang rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Neu abrufen</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Die Seite erneut abrufen und neu bereinigen</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Neu bereinigen</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Die gespeicherte Seite mit dem aktuellen Bereiniger erneut bereinigen</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Den ausgewählten Text als Markierung behalten</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Mit Notiz hervorheben …</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Die Auswahl mit einer Notiz behalten</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Nächster Artikel</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Vorheriger Artikel</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Seite abwärts</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Markierungen anzeigen</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Größerer Text</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Kleinerer Text</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Über Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>F&amp;eeds</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Artikel hinzufügen</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Adresse der zu speichernden Seite einfügen (eine pro Zeile):</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Zu speichernde Adressen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Kliping kann nicht starten</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Bild nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln Min. Lesezeit</numerusform>
            <numerusform>%Ln Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>Die Seite ließ sich beim Speichern nicht abrufen; dies ist der Text aus dem Feed (Artikel ▸ Neu abrufen versucht es erneut).</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Von {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping ist auf einen Fehler gestoßen</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>In Kliping ist etwas schiefgegangen. Ihre Bibliothek ist sicher; der letzte Vorgang wurde aber womöglich nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Die Einzelheiten stehen im Protokoll:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Bitte melden Sie den Fehler mit dem Protokoll, damit er behoben werden kann.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>HTML-Seiten</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown-Dateien</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB-Buch</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (alles, für Sicherungen)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Lesezeichen (für Browser und Lesezeichenverwaltungen)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Nur den ausgewählten Artikel</numerusform>
            <numerusform>Nur die %n ausgewählten Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Kliping-Export</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;In Ordner:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} – Eigenschaften</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>Standard (alle 60 Minuten)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Aktualisieren alle:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Alles behalten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Gelesene Artikel, die älter sind, werden gelöscht; Favoriten und Artikel mit Schlagwörtern oder Markierungen bleiben immer erhalten.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Gelesene Artikel &amp;löschen nach:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Der Feed enthält ganze Artikel (keine Seiten abrufen)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>Letzte Aktualisierung fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Seite {names} wird beobachtet. Artikel werden abgerufen …</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>{names} abonniert. Artikel werden abgerufen …</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Die Feeds werden bereits aktualisiert.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Feeds werden aktualisiert …</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Feeds werden aktualisiert … {done} von %Ln</numerusform>
            <numerusform>Feeds werden aktualisiert … {done} von %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (und %n weiterer)</numerusform>
            <numerusform>{feeds} (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} von %Ln Feed gelesen</numerusform>
            <numerusform>{read} von %Ln Feeds gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln neuer Artikel</numerusform>
            <numerusform>%Ln neue Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>%Ln Feed abonniert.</numerusform>
            <numerusform>%Ln Feeds abonniert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>{feeds} abonniert (%Ln bereits vorhanden).</numerusform>
            <numerusform>{feeds} abonniert (%Ln bereits vorhanden).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln Feed</numerusform>
            <numerusform>%Ln Feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>%Ln davon hatte ein Passwort in der Adresse, das Kliping nicht speichert: ohne es abonniert.</numerusform>
            <numerusform>%Ln davon hatten ein Passwort in der Adresse, das Kliping nicht speichert: ohne es abonniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Abonnements exportieren</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln Abonnement nach {file} exportiert.</numerusform>
            <numerusform>%Ln Abonnements nach {file} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Eigenschaften …</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Abonnement beenden …</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Ordner aktualisieren</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Abonnieren …</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Alle Feeds aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
            <numerusform>%n Artikel als gelesen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Eigenschaften von {feed} gespeichert.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abonnement beenden</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>{feed} abbestellen? Der %n bereits gespeicherte Artikel bleibt in der Bibliothek.</numerusform>
            <numerusform>{feed} abbestellen? Die %n bereits gespeicherten Artikel bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>{feed} abbestellt; die Artikel bleiben.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Wählen Sie Text im Artikel aus und drücken Sie Strg+H, um ihn als Markierung zu behalten.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten …</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz …</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Die Notiz der Markierung bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Die Markierung löschen</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Wählen Sie einen aus der Liste oder drücken Sie J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln Treffer für „{query}“ in {view}</numerusform>
            <numerusform>%Ln Treffer für „{query}“ in {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln Treffer für „{query}“</numerusform>
            <numerusform>%Ln Treffer für „{query}“</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Versuchen Sie weniger Wörter oder einen Wortanfang mit * (Hafen*). Mehr unter Hilfe ▸ Suchsyntax.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Ihre Bibliothek ist leer</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Drücken Sie Strg+L, um eine Seite zu speichern, oder ziehen Sie einen Link oder eine HTML-Datei hierher.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Hier ist nichts</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>In dieser Ansicht ist noch kein Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ Artikel</numerusform>
            <numerusform>%Ln+ Artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln Artikel</numerusform>
            <numerusform>%Ln Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>Zu diesem Artikel gibt es keine gespeicherte Seite.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln neuer Artikel aus Ihren Feeds.</numerusform>
            <numerusform>%Ln neue Artikel aus Ihren Feeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Schlagwörter von %n Artikel aktualisiert.</numerusform>
            <numerusform>Schlagwörter von %n Artikeln aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Wählen Sie einen anderen Artikel aus der Liste.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>Der neue Bibliotheksordner wird beim nächsten Start von Kliping verwendet.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Kliping verwendet.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>Der Server {host} wurde nicht gefunden; prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Keine Verbindung zu {host} möglich.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>Die sichere Verbindung zu {host} ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>Das Herunterladen von {url} dauerte zu lange; Kliping bricht hier ab.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} ist keine Webseite ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} hat eine leere Seite gesendet.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} ist größer als {size}; Kliping bricht hier ab.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>„{url}“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>Unter {url} wurde kein Artikeltext gefunden.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>Ein anderes Kliping schreibt gerade in diese Bibliothek; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>In dieser Bibliothek gibt es keinen Artikel {id}.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>{file} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping speichert keine Passwörter und kann daher keinen Feed aktualisieren, der eines braucht. Wenn {url} sich ohne Passwort öffnet, abonnieren Sie diese Adresse.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} antwortete mit {status}: Die Website verlangt eventuell eine Anmeldung oder weist automatische Reader ab.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} antwortete mit {status}: Die Website begrenzt Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} antwortete mit {status}: Die Website hat ein Problem; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} antwortete mit {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>Die Seite konnte nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>Die Seite enthält keinen lesbaren Artikel.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>Die Bibliothek konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Dieser Artikel ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>Der Suchindex hat versagt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>Die Datei konnte nicht importiert oder exportiert werden; den Grund nennt das Protokoll.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>In Kliping ist etwas schiefgegangen (siehe Protokoll).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>Das hat nicht geklappt; den Grund nennt das Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Import von {file}: %n Eintrag.</numerusform>
            <numerusform>Import von {file}: %n Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln gespeichert</numerusform>
            <numerusform>%Ln gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
            <numerusform>%Ln bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln nur als Link behalten</numerusform>
            <numerusform>%Ln nur als Links behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln nicht importiert</numerusform>
            <numerusform>%Ln nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>%n Bild der Sicherung wurde nicht gefunden: Legen Sie den Ordner {folder} wieder neben die .json-Datei und starten Sie denselben Import erneut.</numerusform>
            <numerusform>%n Bilder der Sicherung wurden nicht gefunden: Legen Sie den Ordner {folder} wieder neben die .json-Datei und starten Sie denselben Import erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n Bild wurde nicht abgerufen: Es bleibt ein Link ins Web; „Neu abrufen“ holt die Bilder eines Artikels.</numerusform>
            <numerusform>%n Bilder wurden nicht abgerufen: Sie bleiben Links ins Web; „Neu abrufen“ holt die Bilder eines Artikels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>%n Bild konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Bilder konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Abgebrochen, %n Eintrag offen; starten Sie denselben Import erneut, um fortzufahren (nichts wird doppelt gespeichert).</numerusform>
            <numerusform>Abgebrochen, %n Einträge offen; starten Sie denselben Import erneut, um fortzufahren (nichts wird doppelt gespeichert).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Schon unter einem anderen Titel in der Bibliothek (bitte prüfen):</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>Konnte nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Für einen neuen Versuch starten Sie denselben Import erneut: Bereits Gespeichertes wird übersprungen.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Weder Webadresse noch HTML-Datei: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Bereits in der Bibliothek – nicht doppelt gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Erneut gespeichert · %n Bild nicht gespeichert</numerusform>
            <numerusform>Erneut gespeichert · %n Bilder nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Gespeichert · %n Bild nicht gespeichert</numerusform>
            <numerusform>Gespeichert · %n Bilder nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Erneut gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Fehlgeschlagen: ein Programmfehler (siehe Protokoll)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>Die Zwischenablage enthält keine Webadresse zum Speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n Artikel gelöscht.</numerusform>
            <numerusform>%n Artikel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Artikel {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Wählen Sie zuerst Text im Artikel aus und heben Sie ihn dann hervor.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Notiz zur Markierung</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Exporte ({patterns});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} von %n Eintrag</numerusform>
            <numerusform>{done} von %n Einträgen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n fehlgeschlagen</numerusform>
            <numerusform>{progress} · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Export ({format}) nach {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Nach {folder} exportiert (%n Datei)</numerusform>
            <numerusform>Nach {folder} exportiert (%n Dateien)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Nach {folder} exportiert (%n Datei).</numerusform>
            <numerusform>Nach {folder} exportiert (%n Dateien).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} von %n Artikel</numerusform>
            <numerusform>{done} von %n Artikeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Bibliotheksordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>&amp;Bibliotheksordner:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Ein neuer Bibliotheksordner wird beim nächsten Start von Kliping verwendet.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Kliping verwendet.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serifen</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Serifenlos</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Schriftstil zum Lesen</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>Lese&amp;schrift:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Schriftfamilie</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Bestimmte Familie verwenden:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Zeilenbreite</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>Zeilen&amp;breite:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Zeilenhöhe</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>Zeilen&amp;höhe:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Standardsortierung</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>Standard&amp;sortierung:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details einblenden...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details ausblenden...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Link-Adresse kopieren</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Erledigte entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Speichere {running} von %n</numerusform>
            <numerusform>Speichere {running} von %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Fertig (%Ln)</numerusform>
            <numerusform>Fertig (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Wartet …</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Seite wird abgerufen …</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Wird bereinigt …</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Bilder werden gespeichert …</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>{item} öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>Speichern von {item} abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>Gespeicherte Seite – {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Gespeicherte Seite</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>beide Wörter</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>genau diese Wortfolge</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>eines der Wörter</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>ohne dieses Wort</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>Wortanfang, Tippfehler</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>Titel, Autor</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>eine Website, ein Schlagwort</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>in einem Zeitraum gespeichert</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>Lesestatus, Favoriten</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Suchsyntax</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Alles Gespeicherte durchsuchen  (Strg+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Speicherdatum (neueste zuerst)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Speicherdatum (älteste zuerst)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Erscheinungsdatum (neueste zuerst)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Erscheinungsdatum (älteste zuerst)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Ansichten der Bibliothek</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Websites</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln ungelesen</numerusform>
            <numerusform>{feed}, %Ln ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, Fehler: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Feeds mit Fehlern: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>Diese Seite nennt keinen Feed. Kliping kann die Seite selbst beobachten: Bei jeder Aktualisierung werden neue Links, die nach Artikeln aussehen, gespeichert. Das ist eine Seitenbeobachtung, kein Feed; sie kann Meldungen verpassen oder einige Seiten aufnehmen, die keine Artikel sind.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Adresse der Website oder des Feeds</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ oder die Adresse eines Feeds</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>Feeds &amp;finden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Kein Ordner</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Fügen Sie die Adresse einer Website ein: Kliping findet ihre Feeds.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Gefundene Feeds</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Der Feed enthält ganze Artikel (keine Seiten abrufen)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>Diese Seite &amp;beobachten</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Suche nach Feeds auf {url} …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln Feed gefunden; haken Sie die zu abonnierenden an.</numerusform>
            <numerusform>%Ln Feeds gefunden; haken Sie die zu abonnierenden an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Dieser Feed wurde gefunden:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  –  %Ln Eintrag, {format}</numerusform>
            <numerusform>{title}  –  %Ln Einträge, {format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Hinzuzufügende Schlagwörter</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Hinzuzufügende Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Hinzufügen:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Haken entfernen, um ein Schlagwort zu entfernen:</translation>
    </message>
</context>
</TS>
