<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>关于 Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>离线新闻阅读器：保存文章，干净地阅读，搜索你保存的一切。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;文库：&lt;/b&gt;{library}&lt;br&gt;&lt;b&gt;日志：&lt;/b&gt;{log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>自由软件，以 GNU GPL 第 3 版或更高版本授权。</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>添加网址…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>将网页保存到文库</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>订阅…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>关注新闻网站或订阅源：新文章会自动保存</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>刷新订阅源</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>立即从所有订阅源获取新文章</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>导入订阅（OPML）…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>订阅 OPML 文件中的订阅源</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>导出订阅（OPML）…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>将所有订阅保存为 OPML 文件</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>从其他阅读器或备份导入文章</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>将文章导出为 HTML、Markdown、EPUB 或 JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>首选项…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>搜索所有已保存的文章</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>粘贴网址</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>保存剪贴板中的网址</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>打开原文</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>在浏览器中打开文章页面</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>显示保存的页面</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>显示清理前保存的原始页面</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>加入或移出收藏</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>移入或移出归档</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>标记为已读 / 未读</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>标记为已读或未读</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>标签…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>添加或移除标签</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>撰写或修改你对这篇文章的笔记</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>删除所选文章（几秒内可撤销）</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>重新获取</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>重新获取页面并重新清理</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>重新清理</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>用当前的清理器重新清理保存的页面</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>将所选文字保存为高亮</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>高亮并添加笔记…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>保存所选内容并附上笔记</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>下一篇文章</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>上一篇文章</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>向下翻页</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>归档</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>显示侧边栏</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>显示高亮</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>关于 Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>订阅源(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>排序方式(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>取消收藏</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>添加文章</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>粘贴要保存的页面网址（每行一个）：</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>要保存的网址</translation>
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
        <translation>Kliping 无法启动</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>已收藏</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>图片未保存</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>阅读约 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>保存这篇文章时未能获取页面；这是订阅源附带的文字（文章 ▸ 重新获取 可再次尝试）。</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>作者：{authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping 遇到了程序错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Kliping 内部出错了。你的文库是安全的，但刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>详细信息见日志：
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>请附上日志报告此问题，以便修复。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Markdown 文件</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>EPUB 电子书</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON（全部内容，用于备份）</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>书签（用于浏览器和书签管理器）</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV 电子表格</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>导出格式</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>仅所选的 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Kliping 导出</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>导出文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>导出到文件夹(&amp;I)：</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>导出到</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — 属性</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>默认（每 60 分钟）</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>刷新间隔(&amp;R)：</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>超过此期限的已读文章会被删除；收藏、带标签或高亮的文章始终保留。</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>已读文章保留期限(&amp;R)：</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>订阅源包含全文（不获取网页）</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>上次刷新失败：{reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>正在关注页面 {names}，正在获取文章…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>已订阅 {names}，正在获取文章…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>订阅源正在刷新中。</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>正在刷新订阅源…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>正在刷新订阅源… {done} / %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds}（另有 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>已读取 {read} / %Ln 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln 篇新文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>导入订阅</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>已订阅 %Ln 个订阅源。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>已订阅 {feeds}（其中 %Ln 个已存在）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln 个订阅源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>其中 %Ln 个地址含有密码，Kliping 不保存密码：已不带密码订阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>导出订阅</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>已将 %Ln 个订阅导出到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>全部标为已读</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>取消订阅…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>刷新文件夹</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>订阅…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>刷新全部订阅源</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>已将 %n 篇文章标为已读。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>已保存 {feed} 的属性。</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>取消订阅 {feed}？已保存的 %n 篇文章仍会留在文库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>已取消订阅 {feed}，其文章仍保留。</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>在文章中选中文字，按 Ctrl+H 保存为高亮。</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑笔记…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>笔记…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>编辑高亮的笔记</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>删除此高亮</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>“{quote}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>从列表中选择一篇，或按 J。</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>“{query}”的搜索结果：%Ln 条（{view}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>“{query}”的搜索结果：%Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>试试减少关键词，或在词首后加 *（如 harb*）。更多说明见 帮助 ▸ 搜索语法。</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>文库还是空的</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>按 Ctrl+L 保存网页，或将链接、HTML 文件拖放到这里。</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>这里什么也没有</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>此视图中还没有文章。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>找到 %Ln 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>这篇文章没有可显示的保存页面。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>来自订阅源的 %Ln 篇新文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>已更新 %n 篇文章的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>请从列表中选择另一篇文章。</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>新的文库文件夹将在下次启动 Kliping 时使用。</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>新的语言将在下次启动 Kliping 时生效。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>找不到服务器 {host}，请检查网址和网络连接。</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} 拒绝了连接。</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>无法连接到 {host}。</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>与 {host} 的安全连接失败。</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} 响应超时，请稍后重试。</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>{url} 下载时间过长，Kliping 已停止。</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} 不是网页（{type}）。</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} 返回了空白页面。</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} 超过 {size}，Kliping 已停止。</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>“{url}”不是有效的网址。</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>在 {url} 没有找到文章正文。</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>另一个 Kliping 正在写入此文库，请稍后重试。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>此文库中没有文章 {id}。</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>无法写入 {file}。</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping 不保存密码，因此无法刷新需要密码的订阅源。如果 {url} 无需密码即可打开，请订阅该地址。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} 返回 {status}：该网站可能需要登录，或拒绝自动阅读器访问。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} 返回 {status}：该网站正在限制请求，请稍后重试。</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} 返回 {status}：该网站出现问题，请稍后重试。</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} 返回 {status}。</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>无法获取该页面。</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>该页面没有可阅读的文章。</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>无法读取或写入文库。</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>这篇文章已不在文库中。</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>搜索索引出错，请重试。</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>无法导入或导出该文件，原因见日志。</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Kliping 内部出错了（见日志）。</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>操作未成功，原因见日志。</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>导入 {file}：共 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>已保存 %Ln 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln 项已在文库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln 项仅保存为链接</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln 项未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>备份中有 %n 张图片未找到：请把 {folder} 文件夹放回 .json 文件旁边，再次运行同一导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n 张图片未下载：仍以网页链接保留；“重新获取”可下载文章的图片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>%n 张图片无法保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>已取消，还剩 %n 项；再次运行同一导入即可继续（不会重复保存）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>已以其他标题存在于文库中（请检查）：</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>无法保存：</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>要重试，请再次运行同一导入：已保存的内容会被跳过。</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>既不是网址也不是 HTML 文件：{item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>已在文库中 — 不会重复保存</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>已重新保存 · %n 张图片未保存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>已保存 · %n 张图片未保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>已重新保存</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>失败：程序错误（见日志）</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>剪贴板中没有可保存的网址。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>已删除 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>文章 {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>请先在文章中选中文字，再进行高亮。</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>高亮笔记</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>导入文章</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>导出文件（{patterns}）;;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} / %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n 项失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>导出（{format}）到 {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>已导出到 {folder}（%n 个文件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>已导出到 {folder}（%n 个文件）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} / %n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>文库文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>文库文件夹(&amp;L)：</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>新的文库文件夹将在下次启动 Kliping 时使用。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>语言(&amp;N)：</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>新的语言将在下次启动 Kliping 时生效。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>衬线体</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>无衬线体</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>阅读字体风格</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>阅读字体(&amp;F)：</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>使用指定字体：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>字号(&amp;S)：</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>行宽</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>行宽(&amp;W)：</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>行高</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>行高(&amp;H)：</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>默认排序</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>默认排序(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>显示细节...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>隐藏细节...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>清除已完成</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>正在保存 {running} / %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>已完成（%Ln）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>正在获取页面…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>正在清理…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>正在保存图片…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>打开 {item}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>取消保存 {item}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>保存的页面 — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>保存的页面</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>两个词都包含</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>完全匹配的短语</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>包含任一个词</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>不包含某个词</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>词首匹配，容错拼写</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>标题，作者</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>某个网站，某个标签</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>在某段日期内保存</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>阅读状态，收藏</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>搜索语法</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>搜索你保存的一切  （Ctrl+F）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>护眼棕</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>保存日期（最新在前）</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>保存日期（最早在前）</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>发布日期（最新在前）</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>发布日期（最早在前）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>网站</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>文库视图</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>订阅源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>网站</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}，%Ln 篇未读</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}，错误：{reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>出错的订阅源：{feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>此页面没有提供订阅源。Kliping 可以直接关注该页面：每次刷新时，保存页面上看起来像文章的新链接。这是页面关注，不是订阅源；可能会漏掉一些报道，或收进少量并非文章的页面。</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>网站或订阅源地址</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ 或订阅源地址</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>查找订阅源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>无文件夹</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>粘贴网站地址：Kliping 会找到它的订阅源。</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>找到的订阅源</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>订阅源包含全文（不获取网页）</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>关注此页面(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>正在 {url} 查找订阅源…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>找到 %Ln 个订阅源，请勾选要订阅的。</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>找到此订阅源：</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln 条，{format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>要添加的标签</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>要添加的标签，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>添加(&amp;A)：</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>取消勾选即可移除标签：</translation>
    </message>
</context>
</TS>
