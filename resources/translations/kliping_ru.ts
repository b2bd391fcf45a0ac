<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>не ведётся</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>О программе Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Читалка новостей без интернета: сохраняйте статьи, читайте их без лишнего, ищите по всему сохранённому.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Библиотека:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Журнал:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Свободная программа под лицензией GNU GPL версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>Добавить URL…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Сохранить веб-страницу в библиотеку</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Подписаться…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Следить за новостным сайтом или лентой: новые статьи сохраняются</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Обновить ленты</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Загрузить новые статьи из всех лент сейчас</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Импорт подписок (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>Подписаться на ленты из файла OPML</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Экспорт подписок (OPML)…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Сохранить все подписки в файл OPML</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Импортировать статьи из другой программы или резервной копии</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Экспортировать статьи в HTML, Markdown, EPUB или JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Искать по всем сохранённым статьям</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>Вставить URL</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Сохранить адреса из буфера обмена</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Открыть страницу статьи в браузере</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Показать сохранённую страницу</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Показать страницу такой, какой она была сохранена, до очистки</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>В избранное</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Добавить в избранное или убрать из него</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Переместить в архив или вернуть из него</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Прочитано / не прочитано</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Отметить как прочитанное или непрочитанное</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Метки…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Добавить или убрать метки</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Написать или изменить заметку к статье</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Удалить выбранные статьи (отменить можно в течение нескольких секунд)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Загрузить страницу ещё раз и очистить её заново</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Очистить заново</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Очистить сохранённую страницу заново текущим очистителем</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Сохранить выделенный текст как выделение</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Выделить с заметкой…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Сохранить выделение с заметкой</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Следующая статья</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Предыдущая статья</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Страница вниз</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Показать боковую панель</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Показать выделения</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>О программе Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>&amp;Ленты</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Сортировка</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Сп&amp;равка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Убрать из избранного</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Добавить статьи</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Вставьте адрес страницы для сохранения (по одному в строке):</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Адреса для сохранения</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Не удаётся запустить Kliping</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>не прочитано</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>в избранном</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Изображение не сохранено</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln мин чтения</numerusform>
            <numerusform>%Ln мин чтения</numerusform>
            <numerusform>%Ln мин чтения</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>Когда статья сохранялась, страницу не удалось загрузить; это текст из ленты (Статья ▸ Загрузить заново попробует ещё раз).</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Автор: {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>В Kliping произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Внутри Kliping что-то пошло не так. Ваша библиотека в порядке, но последнее действие могло не завершиться.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Подробности в журнале:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Пожалуйста, сообщите об ошибке и приложите журнал, чтобы её можно было исправить.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>Страницы HTML</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Файлы Markdown</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Книга EPUB</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (всё, для резервных копий)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Закладки (для браузеров и менеджеров закладок)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Только %n выбранную статью</numerusform>
            <numerusform>Только %n выбранные статьи</numerusform>
            <numerusform>Только %n выбранных статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Экспорт Kliping</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Папка для экспорта</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;В папку:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Экспортировать в</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — свойства</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>По умолчанию (каждые 60 минут)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Обновлять каждые:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Хранить всё</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Прочитанные статьи старше этого срока удаляются; избранные, помеченные и с выделениями сохраняются всегда.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Удалять &amp;прочитанные через:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Лента содержит статьи целиком (страницы не загружать)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>Последнее обновление не удалось: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Страница {names} отслеживается. Загружаем статьи…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>Вы подписались на {names}. Загружаем статьи…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Ленты уже обновляются.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Обновление лент…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Обновление лент… {done} из %Ln</numerusform>
            <numerusform>Обновление лент… {done} из %Ln</numerusform>
            <numerusform>Обновление лент… {done} из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (и ещё %n)</numerusform>
            <numerusform>{feeds} (и ещё %n)</numerusform>
            <numerusform>{feeds} (и ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>прочитано лент: {read} из %Ln</numerusform>
            <numerusform>прочитано лент: {read} из %Ln</numerusform>
            <numerusform>прочитано лент: {read} из %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln новая статья</numerusform>
            <numerusform>%Ln новые статьи</numerusform>
            <numerusform>%Ln новых статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
            <numerusform>%Ln с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Импорт подписок</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Подписка на %Ln ленту оформлена.</numerusform>
            <numerusform>Подписка на %Ln ленты оформлена.</numerusform>
            <numerusform>Подписка на %Ln лент оформлена.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Оформлена подписка: {feeds} (%Ln уже была).</numerusform>
            <numerusform>Оформлена подписка: {feeds} (%Ln уже были).</numerusform>
            <numerusform>Оформлена подписка: {feeds} (%Ln уже были).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln ленту</numerusform>
            <numerusform>%Ln ленты</numerusform>
            <numerusform>%Ln лент</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>У %Ln из них в адресе был пароль, который Kliping не хранит: подписка оформлена без него.</numerusform>
            <numerusform>У %Ln из них в адресе был пароль, который Kliping не хранит: подписка оформлена без него.</numerusform>
            <numerusform>У %Ln из них в адресе был пароль, который Kliping не хранит: подписка оформлена без него.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Экспорт подписок</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln подписка экспортирована в {file}.</numerusform>
            <numerusform>%Ln подписки экспортированы в {file}.</numerusform>
            <numerusform>%Ln подписок экспортировано в {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Отметить всё прочитанным</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Свойства…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Отписаться…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Обновить папку</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Подписаться…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Обновить все ленты</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n статья отмечена прочитанной.</numerusform>
            <numerusform>%n статьи отмечены прочитанными.</numerusform>
            <numerusform>%n статей отмечено прочитанными.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Свойства «{feed}» сохранены.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Отписаться</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>Отписаться от «{feed}»? %n уже сохранённая статья останется в библиотеке.</numerusform>
            <numerusform>Отписаться от «{feed}»? %n уже сохранённые статьи останутся в библиотеке.</numerusform>
            <numerusform>Отписаться от «{feed}»? %n уже сохранённых статей останутся в библиотеке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>Вы отписались от «{feed}»; статьи остались.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Выделите текст в статье и нажмите Ctrl+H, чтобы сохранить выделение.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Заметка…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Изменить заметку к выделению</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Выберите статью в списке или нажмите J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Выделения</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln результат по запросу «{query}» в разделе «{view}»</numerusform>
            <numerusform>%Ln результата по запросу «{query}» в разделе «{view}»</numerusform>
            <numerusform>%Ln результатов по запросу «{query}» в разделе «{view}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln результат по запросу «{query}»</numerusform>
            <numerusform>%Ln результата по запросу «{query}»</numerusform>
            <numerusform>%Ln результатов по запросу «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Попробуйте меньше слов или начало слова со звёздочкой (порт*). Подробнее: Справка ▸ Синтаксис поиска.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Библиотека пуста</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Нажмите Ctrl+L, чтобы сохранить страницу, или перетащите сюда ссылку или HTML-файл.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Здесь пусто</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>В этом разделе пока нет статей.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>Найдена %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
            <numerusform>Найдено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ статья</numerusform>
            <numerusform>%Ln+ статьи</numerusform>
            <numerusform>%Ln+ статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln статья</numerusform>
            <numerusform>%Ln статьи</numerusform>
            <numerusform>%Ln статей</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>У этой статьи нет сохранённой страницы.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln новая статья из ваших лент.</numerusform>
            <numerusform>%Ln новые статьи из ваших лент.</numerusform>
            <numerusform>%Ln новых статей из ваших лент.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Метки обновлены у %n статьи.</numerusform>
            <numerusform>Метки обновлены у %n статей.</numerusform>
            <numerusform>Метки обновлены у %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Выберите другую статью в списке.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>Новая папка библиотеки будет использоваться при следующем запуске Kliping.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске Kliping.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>Сервер {host} не найден; проверьте адрес и подключение к сети.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} отклонил соединение.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Не удаётся подключиться к {host}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>Не удалось установить защищённое соединение с {host}.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} не ответил вовремя; попробуйте позже.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>{url} загружается слишком долго; Kliping прерывает загрузку.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} — не веб-страница ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} прислал пустую страницу.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} больше {size}; Kliping прерывает загрузку.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>«{url}» — неверный веб-адрес.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>По адресу {url} не найден текст статьи.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>В эту библиотеку сейчас пишет другой Kliping; повторите чуть позже.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Диск заполнен. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>В этой библиотеке нет статьи {id}.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Не удалось записать {file}.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping не хранит пароли, поэтому не может обновлять ленту, которой нужен пароль. Если {url} открывается без пароля, подпишитесь на этот адрес.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} ответил {status}: сайту, возможно, нужен вход или он не пускает программы-читалки.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} ответил {status}: сайт ограничивает число запросов; попробуйте позже.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} ответил {status}: на сайте неполадки; попробуйте позже.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} ответил {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>Не удалось загрузить страницу.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>На странице нет статьи, которую можно прочитать.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>Не удалось прочитать или записать библиотеку.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Этой статьи больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>Сбой поискового индекса; повторите попытку.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>Не удалось импортировать или экспортировать файл; причина — в журнале.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Внутри Kliping что-то пошло не так (см. журнал).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>Не получилось; причина — в журнале.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Импорт {file}: %n запись.</numerusform>
            <numerusform>Импорт {file}: %n записи.</numerusform>
            <numerusform>Импорт {file}: %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>сохранена %Ln</numerusform>
            <numerusform>сохранено %Ln</numerusform>
            <numerusform>сохранено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln уже была в библиотеке</numerusform>
            <numerusform>%Ln уже были в библиотеке</numerusform>
            <numerusform>%Ln уже были в библиотеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln сохранена только ссылкой</numerusform>
            <numerusform>%Ln сохранены только ссылками</numerusform>
            <numerusform>%Ln сохранено только ссылками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln не импортирована</numerusform>
            <numerusform>%Ln не импортированы</numerusform>
            <numerusform>%Ln не импортировано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>Не найдено %n изображение из резервной копии: верните папку {folder} к файлу .json и запустите тот же импорт ещё раз.</numerusform>
            <numerusform>Не найдено %n изображения из резервной копии: верните папку {folder} к файлу .json и запустите тот же импорт ещё раз.</numerusform>
            <numerusform>Не найдено %n изображений из резервной копии: верните папку {folder} к файлу .json и запустите тот же импорт ещё раз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n изображение не загружено: осталось ссылкой на сайт; «Загрузить заново» загрузит изображения статьи.</numerusform>
            <numerusform>%n изображения не загружены: остались ссылками на сайт; «Загрузить заново» загрузит изображения статьи.</numerusform>
            <numerusform>%n изображений не загружено: остались ссылками на сайт; «Загрузить заново» загрузит изображения статьи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>Не удалось сохранить %n изображение.</numerusform>
            <numerusform>Не удалось сохранить %n изображения.</numerusform>
            <numerusform>Не удалось сохранить %n изображений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Отменено, осталась %n запись; запустите тот же импорт ещё раз, чтобы продолжить (ничего не сохранится дважды).</numerusform>
            <numerusform>Отменено, осталось %n записи; запустите тот же импорт ещё раз, чтобы продолжить (ничего не сохранится дважды).</numerusform>
            <numerusform>Отменено, осталось %n записей; запустите тот же импорт ещё раз, чтобы продолжить (ничего не сохранится дважды).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Уже есть в библиотеке под другим заголовком (проверьте):</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>Не удалось сохранить:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Чтобы повторить, запустите тот же импорт ещё раз: уже сохранённое будет пропущено.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Это не веб-адрес и не HTML-файл: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Уже есть в библиотеке — повторно не сохранено</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Сохранено заново · %n изображение не сохранено</numerusform>
            <numerusform>Сохранено заново · %n изображения не сохранены</numerusform>
            <numerusform>Сохранено заново · %n изображений не сохранено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Сохранено · %n изображение не сохранено</numerusform>
            <numerusform>Сохранено · %n изображения не сохранены</numerusform>
            <numerusform>Сохранено · %n изображений не сохранено</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Сохранено заново</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Ошибка: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Ошибка: сбой в программе (см. журнал)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>В буфере обмена нет веб-адреса для сохранения.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>Удалена %n статья.</numerusform>
            <numerusform>Удалено %n статьи.</numerusform>
            <numerusform>Удалено %n статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Статья {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Сначала выделите текст в статье.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Выделение</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Заметка к выделению</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Импорт статей</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Файлы экспорта ({patterns});;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} из %n записи</numerusform>
            <numerusform>{done} из %n записей</numerusform>
            <numerusform>{done} из %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n с ошибкой</numerusform>
            <numerusform>{progress} · %n с ошибкой</numerusform>
            <numerusform>{progress} · %n с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Экспорт ({format}) в {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Экспортировано в {folder} (%n файл)</numerusform>
            <numerusform>Экспортировано в {folder} (%n файла)</numerusform>
            <numerusform>Экспортировано в {folder} (%n файлов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Экспортировано в {folder} (%n файл).</numerusform>
            <numerusform>Экспортировано в {folder} (%n файла).</numerusform>
            <numerusform>Экспортировано в {folder} (%n файлов).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} из %n статьи</numerusform>
            <numerusform>{done} из %n статей</numerusform>
            <numerusform>{done} из %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Папка библиотеки</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Папка &amp;библиотеки:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Новая папка библиотеки будет использоваться при следующем запуске Kliping.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>Новый язык будет использоваться при следующем запуске Kliping.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>С засечками</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Без засечек</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Стиль шрифта для чтения</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Шрифт для чтения:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Гарнитура</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Выбрать гарнитуру:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Размер шрифта</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Размер шрифта:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Ширина строки</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Ширина строки:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Межстрочный интервал</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>&amp;Межстрочный интервал:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Сортировка по умолчанию</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>&amp;Сортировка по умолчанию:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копировать &amp;адрес ссылки</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Убрать завершённые</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Сохранение: {running} из %n</numerusform>
            <numerusform>Сохранение: {running} из %n</numerusform>
            <numerusform>Сохранение: {running} из %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Готово (%Ln)</numerusform>
            <numerusform>Готово (%Ln)</numerusform>
            <numerusform>Готово (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Ожидание…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Загрузка страницы…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Очистка…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Сохранение изображений…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>Открыть {item}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>Отменить сохранение {item}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>Сохранённая страница — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Сохранённая страница</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>оба слова</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>точная фраза</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>любое из слов</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>без этого слова</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>начало слова, опечатки</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>заголовок, автор</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>один сайт, одна метка</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>сохранено в промежутке дат</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>прочитанность, избранное</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Синтаксис поиска</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Поиск по всему сохранённому  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Дата сохранения (сначала новые)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Дата сохранения (сначала старые)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Дата публикации (сначала новые)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Дата публикации (сначала старые)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Сайт</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Разделы библиотеки</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Ленты</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Сайты</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln непрочитанная</numerusform>
            <numerusform>{feed}, %Ln непрочитанные</numerusform>
            <numerusform>{feed}, %Ln непрочитанных</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, ошибка: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Ленты с ошибками: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>На этой странице нет ленты. Kliping может следить за самой страницей: при каждом обновлении новые ссылки, похожие на статьи, сохраняются. Это слежение за страницей, а не лента: оно может пропустить материалы или захватить страницы, которые не являются статьями.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Подписка</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Адрес сайта или ленты</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ или адрес ленты</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Найти ленты</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Без папки</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Вставьте адрес сайта — Kliping найдёт его ленты.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Найденные ленты</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Лента содержит статьи целиком (страницы не загружать)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Следить за страницей</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Подписаться</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Ищем ленты на {url}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>Найдена %Ln лента; отметьте нужные.</numerusform>
            <numerusform>Найдено %Ln ленты; отметьте нужные.</numerusform>
            <numerusform>Найдено %Ln лент; отметьте нужные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Найдена лента:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln запись, {format}</numerusform>
            <numerusform>{title}  —  %Ln записи, {format}</numerusform>
            <numerusform>{title}  —  %Ln записей, {format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Добавляемые метки</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Добавляемые метки через запятую</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Добавить:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Снимите флажок, чтобы убрать метку:</translation>
    </message>
</context>
</TS>
