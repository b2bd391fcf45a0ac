<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Only the selected article</numerusform>
            <numerusform>Only the %n selected articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Refreshing feeds… {done} of %Ln</numerusform>
            <numerusform>Refreshing feeds… {done} of %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (and %n more)</numerusform>
            <numerusform>{feeds} (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} of %Ln feed read</numerusform>
            <numerusform>{read} of %Ln feeds read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln new article</numerusform>
            <numerusform>%Ln new articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Subscribed to %Ln feed.</numerusform>
            <numerusform>Subscribed to %Ln feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Subscribed to {feeds} (%Ln already there).</numerusform>
            <numerusform>Subscribed to {feeds} (%Ln already there).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln feed</numerusform>
            <numerusform>%Ln feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</numerusform>
            <numerusform>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>Exported %Ln subscription to {file}.</numerusform>
            <numerusform>Exported %Ln subscriptions to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>Marked %n article read.</numerusform>
            <numerusform>Marked %n articles read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>Unsubscribe from {feed}? The %n article already saved stays in the library.</numerusform>
            <numerusform>Unsubscribe from {feed}? The %n articles already saved stay in the library.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln result for “{query}” in {view}</numerusform>
            <numerusform>%Ln results for “{query}” in {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln result for “{query}”</numerusform>
            <numerusform>%Ln results for “{query}”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ article</numerusform>
            <numerusform>%Ln+ articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln new article from your feeds.</numerusform>
            <numerusform>%Ln new articles from your feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Tags updated on %n article.</numerusform>
            <numerusform>Tags updated on %n articles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Import of {file}: %n entry.</numerusform>
            <numerusform>Import of {file}: %n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln saved</numerusform>
            <numerusform>%Ln saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln already in the library</numerusform>
            <numerusform>%Ln already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln kept as a link only</numerusform>
            <numerusform>%Ln kept as links only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln not imported</numerusform>
            <numerusform>%Ln not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>%n image of the backup was not found: put the {folder} folder back beside the .json file and run the same import again.</numerusform>
            <numerusform>%n images of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n image was not fetched: it stays a link to the web; Re-fetch fetches an article&apos;s images.</numerusform>
            <numerusform>%n images were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>%n image could not be saved.</numerusform>
            <numerusform>%n images could not be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Cancelled with %n entry left; run the same import again to continue (nothing is saved twice).</numerusform>
            <numerusform>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Saved again · %n image not saved</numerusform>
            <numerusform>Saved again · %n images not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Saved · %n image not saved</numerusform>
            <numerusform>Saved · %n images not saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>Deleted %n article.</numerusform>
            <numerusform>Deleted %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} of %n entry</numerusform>
            <numerusform>{done} of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n failed</numerusform>
            <numerusform>{progress} · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Exported to {folder} (%n file)</numerusform>
            <numerusform>Exported to {folder} (%n files)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Exported to {folder} (%n file).</numerusform>
            <numerusform>Exported to {folder} (%n files).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} of %n article</numerusform>
            <numerusform>{done} of %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Saving {running} of %n</numerusform>
            <numerusform>Saving {running} of %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Finished (%Ln)</numerusform>
            <numerusform>Finished (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln unread</numerusform>
            <numerusform>{feed}, %Ln unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln feed found; tick it to subscribe.</numerusform>
            <numerusform>%Ln feeds found; tick the ones to subscribe to.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln item, {format}</numerusform>
            <numerusform>{title}  —  %Ln items, {format}</numerusform>
        </translation>
    </message>
</context>
</TS>
