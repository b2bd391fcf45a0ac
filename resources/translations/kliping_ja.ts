<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>記録していません</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Kliping について</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>オフラインで使えるニュースリーダー。記事を保存して、すっきり読めて、保存したものをすべて検索できます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;ライブラリ:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;ログ:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>GNU GPL バージョン 3 以降で提供されるフリーソフトウェアです。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>URL を追加…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Web ページをライブラリに保存します</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>購読…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>ニュースサイトやフィードを購読し、新しい記事を保存します</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>フィードを更新</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>すべてのフィードから新しい記事を今すぐ取得します</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>購読をインポート（OPML）…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>OPML ファイルのフィードを購読します</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>購読をエクスポート（OPML）…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>すべての購読を OPML ファイルに保存します</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>ほかのリーダーやバックアップから記事をインポートします</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>記事を HTML、Markdown、EPUB、JSON でエクスポートします</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>保存したすべての記事を検索します</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>URL を貼り付け</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>クリップボードのアドレスを保存します</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>元のページを開く</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>記事のページを Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>保存したページを表示</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>整形する前の、保存したままのページを表示します</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>お気に入りに追加</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>お気に入りに追加または削除します</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>アーカイブに移動、またはアーカイブから戻します</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>既読 / 未読にする</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>既読または未読にします</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>タグ…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>タグを追加または削除します</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>記事へのメモを書く・変更する</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>選択した記事を削除します（数秒間は元に戻せます）</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>再取得</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>ページをもう一度取得して整形し直します</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>再整形</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>保存したページを現在の整形機能で整形し直します</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>選択したテキストをハイライトとして残します</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>メモ付きでハイライト…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>選択範囲をメモ付きで残します</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>次の記事</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>前の記事</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>サイドバーを表示</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>ハイライトを表示</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>文字を小さく</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>検索の書き方</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Kliping について</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>フィード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>記事(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>お気に入りから削除</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>記事を追加</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>保存するページのアドレスを貼り付けてください（1 行に 1 つ）:</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>保存するアドレス</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Kliping を起動できません</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>お気に入り</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>画像は保存されていません</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln 分で読めます</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>この記事を保存したときにページを取得できなかったため、フィードに含まれていた本文を表示しています（記事 ▸ 再取得 でもう一度試せます）。</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>著者: {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>タグ: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping で不具合が起きました</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Kliping の内部で問題が起きました。ライブラリは無事ですが、直前の操作は完了していない可能性があります。</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>詳しくはログをご覧ください:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>修正のため、ログを添えてご報告ください。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown ファイル</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB ブック</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON（すべて、バックアップ用）</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>ブックマーク（ブラウザーやブックマーク管理ツール用）</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV スプレッドシート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>エクスポート形式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>選択した %n 件の記事のみ</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Kliping エクスポート</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>エクスポート先フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>保存先フォルダー(&amp;I):</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>エクスポート先</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — プロパティ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>既定（60 分ごと）</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>更新間隔(&amp;R):</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>すべて残す</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>これより古い既読の記事は削除されます。お気に入り、タグ付き、ハイライト付きの記事は常に残ります。</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>既読記事の削除まで(&amp;R):</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>フィードに記事全文が含まれる（ページを取得しない）</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>前回の更新に失敗しました: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>ページ {names} を監視しています。記事を取得中…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>{names} を購読しました。記事を取得中…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>フィードはすでに更新中です。</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>フィードを更新中…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>フィードを更新中… {done} / %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds}（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>%Ln 件中 {read} 件のフィードを読み込み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>新着記事 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>購読のインポート</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>%Ln 件のフィードを購読しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>{feeds} を購読しました（%Ln 件は購読済み）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln 件のフィード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>そのうち %Ln 件はアドレスにパスワードが含まれていました。Kliping はパスワードを保存しないため、パスワードなしで購読しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>購読のエクスポート</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln 件の購読を {file} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>プロパティ…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>購読をやめる…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>フォルダーを更新</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>購読…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>すべてのフィードを更新</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n 件の記事を既読にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>{feed} のプロパティを保存しました。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>購読をやめる</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>{feed} の購読をやめますか？保存済みの %n 件の記事はライブラリに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>{feed} の購読をやめました。記事は残ります。</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>記事のテキストを選択して Ctrl+H を押すと、ハイライトとして残せます。</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>メモを編集…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>ハイライトを削除</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>メモ…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>ハイライトのメモを編集します</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>ハイライトを削除します</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>「{quote}」</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No article open</source>
        <translation>記事が開かれていません</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>一覧から選ぶか、J を押してください。</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>記事</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>検索中…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>「{query}」の検索結果: %Ln 件（{view}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>「{query}」の検索結果: %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>語を減らすか、語の先頭に * を付けてみてください（harb* など）。詳しくは ヘルプ ▸ 検索の書き方 をご覧ください。</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>ライブラリは空です</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Ctrl+L でページを保存するか、ここにリンクや HTML ファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>ここには何もありません</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>この表示にはまだ記事がありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln 件見つかりました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ 件の記事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 件の記事</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>この記事には表示できる保存ページがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>フィードから新着記事 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>%n 件の記事のタグを更新しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除しました</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>一覧からほかの記事を選んでください。</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>新しいライブラリフォルダーは、次に Kliping を起動したときに使われます。</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>新しい言語は、次に Kliping を起動したときに使われます。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>サーバー {host} が見つかりません。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} に接続を拒否されました。</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>{host} に接続できません。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>{host} との安全な接続に失敗しました。</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} から時間内に応答がありません。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>{url} のダウンロードに時間がかかりすぎるため、中止しました。</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} は Web ページではありません（{type}）。</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} から空のページが返されました。</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} は {size} を超えるため、中止しました。</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>「{url}」は正しい Web アドレスではありません。</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>{url} に記事の本文が見つかりません。</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>別の Kliping がこのライブラリに書き込み中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してからやり直してください。</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>このライブラリに記事 {id} はありません。</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>{file} に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping はパスワードを保存しないため、パスワードが必要なフィードは更新できません。{url} がパスワードなしで開ける場合は、そのアドレスを購読してください。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} が {status} を返しました。ログインが必要か、自動で読み込むリーダーを拒否しているサイトかもしれません。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} が {status} を返しました。サイトがアクセスを制限しています。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} が {status} を返しました。サイト側で問題が起きています。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} が {status} を返しました。</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>ページを取得できませんでした。</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>このページには読める記事がありません。</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>ライブラリの読み書きができませんでした。</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>その記事はもうライブラリにありません。</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>検索インデックスでエラーが起きました。やり直してください。</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>ファイルをインポートまたはエクスポートできませんでした。理由はログにあります。</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Kliping の内部で問題が起きました（ログを参照）。</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>うまくいきませんでした。理由はログにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>{file} のインポート: %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln 件保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln 件はライブラリにあり</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln 件はリンクのみ保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln 件はインポートできず</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>バックアップの画像 %n 枚が見つかりません。{folder} フォルダーを .json ファイルの隣に戻して、同じインポートをもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>画像 %n 枚は取得していません。Web へのリンクのまま残ります。「再取得」で記事の画像を取得できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>画像 %n 枚を保存できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>残り %n 件でキャンセルしました。同じインポートをもう一度実行すると続きから再開します（二重には保存されません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>別のタイトルですでにライブラリにあります（確認してください）:</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>保存できなかったもの:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>やり直すには、同じインポートをもう一度実行してください。保存済みのものは飛ばします。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Web アドレスでも HTML ファイルでもありません: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>すでにライブラリにあります — 二重には保存しません</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>保存し直しました · 画像 %n 枚は保存できず</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>保存しました · 画像 %n 枚は保存できず</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>保存し直しました</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失敗: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>失敗: 不具合が起きました（ログを参照）</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>クリップボードに保存できる Web アドレスがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n 件の記事を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>記事 {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>先に記事のテキストを選択してから、ハイライトしてください。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>ハイライト</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>ハイライトのメモ</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>記事のインポート</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>エクスポートファイル ({patterns});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>{file} をインポート</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} / %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>{folder} へエクスポート（{format}）</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>{folder} へエクスポートしました（%n ファイル）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>{folder} へエクスポートしました（%n ファイル）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} / %n 件の記事</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>ライブラリフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>ライブラリフォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>新しいライブラリフォルダーは、次に Kliping を起動したときに使われます。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N):</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>新しい言語は、次に Kliping を起動したときに使われます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>明朝・セリフ</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>ゴシック・サンセリフ</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>本文のフォントの種類</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>本文のフォント(&amp;F):</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>フォントファミリー</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>フォントを指定:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>文字サイズ(&amp;S):</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>行の幅</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>行の幅(&amp;W):</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>行の高さ</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>行の高さ(&amp;H):</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>既定の並べ替え</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>既定の並べ替え(&amp;O):</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>詳細を表示...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>詳細を隠す...</translation>
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
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>リンクのアドレスをコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>保存中</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>完了したものを消去</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>保存中 {running} / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>完了（%Ln）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>ページを取得中…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>整形中…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>画像を保存中…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>{item} を開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>{item} の保存をキャンセル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>保存したページ — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>保存したページ</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>両方の語を含む</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>語句に完全一致</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>どちらかの語を含む</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>その語を含まない</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>前方一致、つづりの誤り</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>タイトル、著者</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>サイト、タグで絞り込み</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>保存した期間</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>既読状態、お気に入り</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>検索の書き方</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>保存したすべてを検索  （Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>セピア</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>保存日（新しい順）</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>保存日（古い順）</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>公開日（新しい順）</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>公開日（古い順）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>サイト</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>すべての記事</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>お気に入り</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>ライブラリの表示</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>フィード</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>サイト</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}、未読 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}、エラー: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>エラーのあるフィード: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>このページにはフィードがありません。Kliping はページそのものを監視できます。更新のたびに、記事らしい新しいリンクを保存します。これはフィードではなくページの監視なので、記事を取りこぼしたり、記事ではないページを拾ったりすることがあります。</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>購読</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>サイトまたはフィードのアドレス</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ またはフィードのアドレス</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>フィードを探す(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>フォルダーなし</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>フォルダー(&amp;O):</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>サイトのアドレスを貼り付けると、Kliping がフィードを探します。</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>見つかったフィード</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>フィードに記事全文が含まれる（ページを取得しない）</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>このページを監視(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>購読(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>{url} でフィードを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln 件のフィードが見つかりました。購読するものにチェックを付けてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>次のフィードが見つかりました:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln 件、{format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>追加するタグ</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>追加するタグ（カンマ区切り）</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>追加(&amp;A):</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>外すタグのチェックを外してください:</translation>
    </message>
</context>
</TS>
