<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>no se escribe</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Acerca de Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Un lector de noticias sin conexión: guarda artículos, léelos limpios y busca en todo lo que guardaste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Biblioteca:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Registro:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>Añadir URL…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Guardar una página web en la biblioteca</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Suscribirse…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Seguir un sitio de noticias o un feed: sus artículos nuevos se guardan</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Actualizar feeds</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Descargar ahora los artículos nuevos de todos los feeds</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Importar suscripciones (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>Suscribirse a los feeds de un archivo OPML</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Exportar suscripciones (OPML)…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Guardar todas las suscripciones como archivo OPML</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Importar artículos de otro lector o de una copia de seguridad</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Exportar artículos como HTML, Markdown, EPUB o JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Buscar en todos los artículos guardados</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>Pegar URL</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Guardar las direcciones del portapapeles</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Abrir la página del artículo en el navegador</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Mostrar página guardada</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Mostrar la página tal como se guardó, antes de limpiarla</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Marcar como favorito</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Añadir a favoritos o quitar de ellos</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Mover al archivo o sacar de él</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Marcar como leído / no leído</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Marcar como leído o no leído</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Añadir o quitar etiquetas</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Escribir o cambiar tu nota sobre el artículo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Eliminar los artículos seleccionados (se puede deshacer durante unos segundos)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Volver a descargar</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Descargar de nuevo la página y volver a limpiarla</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Volver a limpiar</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Limpiar otra vez la página guardada con el limpiador actual</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Guardar el texto seleccionado como resaltado</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Resaltar con nota…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Guardar la selección con una nota</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Artículo siguiente</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Artículo anterior</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Avanzar página</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Mostrar barra lateral</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Mostrar resaltados</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Acerca de Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>&amp;Feeds</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>A&amp;rtículo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Ordenar por</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Quitar de favoritos</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Añadir artículos</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Pega la dirección de la página que quieres guardar (una por línea):</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Direcciones que guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Kliping no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>no leído</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorito</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Imagen no guardada</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln min de lectura</numerusform>
            <numerusform>%Ln min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>No se pudo descargar la página al guardar este artículo; este es el texto que traía su feed (Artículo ▸ Volver a descargar lo intenta de nuevo).</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Por {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping encontró un error</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Algo falló dentro de Kliping. Tu biblioteca está a salvo, pero lo que estabas haciendo quizá no terminó.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Los detalles están en el registro:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Infórmalo junto con el registro para que se pueda corregir.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>Páginas HTML</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Archivos Markdown</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Libro EPUB</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (todo, para copias de seguridad)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Marcadores (para navegadores y gestores de marcadores)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Hoja de cálculo CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportación</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Solo el artículo seleccionado</numerusform>
            <numerusform>Solo los %n artículos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Exportación de Kliping</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Carpeta de exportación</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;En la carpeta:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar a</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — Propiedades</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>Predeterminado (cada 60 minutos)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualizar cada:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Conservar todo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Los artículos leídos más antiguos se eliminan; los favoritos, etiquetados y resaltados se conservan siempre.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Eliminar artículos &amp;leídos tras:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>El feed trae los artículos completos (no descargar páginas)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>La última actualización falló: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Vigilando la página {names}. Descargando sus artículos…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>Suscrito a {names}. Descargando sus artículos…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Los feeds ya se están actualizando.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Actualizando feeds…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Actualizando feeds… {done} de %Ln</numerusform>
            <numerusform>Actualizando feeds… {done} de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (y %n más)</numerusform>
            <numerusform>{feeds} (y %n más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} de %Ln feed leído</numerusform>
            <numerusform>{read} de %Ln feeds leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln artículo nuevo</numerusform>
            <numerusform>%Ln artículos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln con error</numerusform>
            <numerusform>%Ln con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Suscrito a %Ln feed.</numerusform>
            <numerusform>Suscrito a %Ln feeds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Suscrito a {feeds} (%Ln ya estaba).</numerusform>
            <numerusform>Suscrito a {feeds} (%Ln ya estaban).</numerusform>
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
            <numerusform>%Ln de ellas tenía una contraseña en la dirección, que Kliping no guarda: suscrita sin ella.</numerusform>
            <numerusform>%Ln de ellas tenían una contraseña en la dirección, que Kliping no guarda: suscritas sin ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exportar suscripciones</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln suscripción exportada a {file}.</numerusform>
            <numerusform>%Ln suscripciones exportadas a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Marcar todo como leído</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propiedades…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Cancelar suscripción…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Actualizar carpeta</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Suscribirse…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Actualizar todos los feeds</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n artículo marcado como leído.</numerusform>
            <numerusform>%n artículos marcados como leídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Se guardaron las propiedades de {feed}.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>¿Cancelar la suscripción a {feed}? El %n artículo ya guardado se queda en la biblioteca.</numerusform>
            <numerusform>¿Cancelar la suscripción a {feed}? Los %n artículos ya guardados se quedan en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>Suscripción a {feed} cancelada; sus artículos se quedan.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Selecciona texto en el artículo y pulsa Ctrl+H para guardarlo como resaltado.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Eliminar resaltado</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Editar la nota del resaltado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Eliminar el resaltado</translation>
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
        <translation>Ningún artículo abierto</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Elige uno de la lista o pulsa J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln resultado para «{query}» en {view}</numerusform>
            <numerusform>%Ln resultados para «{query}» en {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln resultado para «{query}»</numerusform>
            <numerusform>%Ln resultados para «{query}»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>No se encontró nada</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Prueba con menos palabras o con el inicio de una palabra seguido de * (puert*). Más en Ayuda ▸ Sintaxis de búsqueda.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Tu biblioteca está vacía</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Pulsa Ctrl+L para guardar una página, o suelta aquí un enlace o un archivo HTML.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>No hay nada aquí</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>Todavía no hay artículos en esta vista.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln encontrado</numerusform>
            <numerusform>%Ln encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ artículo</numerusform>
            <numerusform>%Ln+ artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>Este artículo no tiene ninguna página guardada que mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln artículo nuevo de tus feeds.</numerusform>
            <numerusform>%Ln artículos nuevos de tus feeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Etiquetas actualizadas en %n artículo.</numerusform>
            <numerusform>Etiquetas actualizadas en %n artículos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Elige otro artículo de la lista.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>La nueva carpeta de la biblioteca se usará la próxima vez que se inicie Kliping.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie Kliping.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>No se encontró el servidor {host}; comprueba la dirección y tu conexión.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} rechazó la conexión.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>No se pudo conectar con {host}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>Falló la conexión segura con {host}.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} no respondió a tiempo; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>{url} tardaba demasiado en descargarse; Kliping se detiene ahí.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} no es una página web ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} envió una página vacía.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} ocupa más de {size}; Kliping se detiene ahí.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>«{url}» no es una dirección web válida.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>No se encontró texto de artículo en {url}.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>Otro Kliping está escribiendo en esta biblioteca; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>No hay ningún artículo {id} en esta biblioteca.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>No se pudo escribir {file}.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping no guarda contraseñas, así que no puede actualizar un feed que necesite una. Si {url} se abre sin contraseña, suscríbase a esa dirección.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} respondió {status}: puede que el sitio pida iniciar sesión o rechace los lectores automáticos.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} respondió {status}: el sitio está limitando las peticiones; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} respondió {status}: el sitio tiene un problema; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} respondió {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>No se pudo descargar la página.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>La página no contiene ningún artículo legible.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>No se pudo leer ni escribir la biblioteca.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Ese artículo ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>Falló el índice de búsqueda; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>No se pudo importar ni exportar el archivo; el registro explica por qué.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Algo falló dentro de Kliping (consulta el registro).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>No funcionó; el registro explica por qué.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Importación de {file}: %n entrada.</numerusform>
            <numerusform>Importación de {file}: %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln guardada</numerusform>
            <numerusform>%Ln guardadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln ya estaba en la biblioteca</numerusform>
            <numerusform>%Ln ya estaban en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln guardada solo como enlace</numerusform>
            <numerusform>%Ln guardadas solo como enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln sin importar</numerusform>
            <numerusform>%Ln sin importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>No se encontró %n imagen de la copia: vuelve a poner la carpeta {folder} junto al archivo .json y lanza otra vez la misma importación.</numerusform>
            <numerusform>No se encontraron %n imágenes de la copia: vuelve a poner la carpeta {folder} junto al archivo .json y lanza otra vez la misma importación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n imagen no se descargó: sigue siendo un enlace a la web; «Volver a descargar» trae las imágenes de un artículo.</numerusform>
            <numerusform>%n imágenes no se descargaron: siguen siendo enlaces a la web; «Volver a descargar» trae las imágenes de un artículo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>No se pudo guardar %n imagen.</numerusform>
            <numerusform>No se pudieron guardar %n imágenes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Cancelado con %n entrada pendiente; vuelve a lanzar la misma importación para continuar (nada se guarda dos veces).</numerusform>
            <numerusform>Cancelado con %n entradas pendientes; vuelve a lanzar la misma importación para continuar (nada se guarda dos veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Ya están en la biblioteca con otro título (revísalos):</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>No se pudieron guardar:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Para reintentarlo, vuelve a lanzar la misma importación: lo ya guardado se omite.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>No es una dirección web ni un archivo HTML: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Ya está en la biblioteca; no se guarda dos veces</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Guardado de nuevo · %n imagen sin guardar</numerusform>
            <numerusform>Guardado de nuevo · %n imágenes sin guardar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Guardado · %n imagen sin guardar</numerusform>
            <numerusform>Guardado · %n imágenes sin guardar</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Guardado de nuevo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Error: un fallo del programa (consulta el registro)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>El portapapeles no contiene ninguna dirección web que guardar.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n artículo eliminado.</numerusform>
            <numerusform>%n artículos eliminados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Artículo {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Primero selecciona texto en el artículo y luego resáltalo.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltado</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Nota del resaltado</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artículos</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Exportaciones ({patterns});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} de %n entrada</numerusform>
            <numerusform>{done} de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n con error</numerusform>
            <numerusform>{progress} · %n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Exportar ({format}) a {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Exportado a {folder} (%n archivo)</numerusform>
            <numerusform>Exportado a {folder} (%n archivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Exportado a {folder} (%n archivo).</numerusform>
            <numerusform>Exportado a {folder} (%n archivos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} de %n artículo</numerusform>
            <numerusform>{done} de %n artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Carpeta de la &amp;biblioteca:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Una carpeta de biblioteca nueva se usará la próxima vez que se inicie Kliping.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>Un idioma nuevo se usará la próxima vez que se inicie Kliping.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Con serifa</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sin serifa</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Estilo de letra para leer</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Letra de lectura:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Familia tipográfica</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Usar una familia concreta:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;maño de letra:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Ancho de línea</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>A&amp;ncho de línea:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Interlineado</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>Inter&amp;lineado:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Orden predeterminado</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>&amp;Orden predeterminado:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalles...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalles...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la dirección del &amp;enlace</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar los terminados</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Guardando {running} de %n</numerusform>
            <numerusform>Guardando {running} de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Terminado (%Ln)</numerusform>
            <numerusform>Terminados (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>En espera…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Descargando la página…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpiando…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Guardando imágenes…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>Abrir {item}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>Cancelar el guardado de {item}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>Página guardada — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Página guardada</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>ambas palabras</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>la frase exacta</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>cualquiera de las palabras</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>sin esa palabra</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>inicio de palabra, erratas</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>título, autor</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>un sitio, una etiqueta</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>guardado en un intervalo de fechas</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>estado de lectura, favoritos</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sintaxis de búsqueda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Busca en todo lo que guardaste  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Fecha de guardado (recientes primero)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Fecha de guardado (antiguos primero)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Fecha de publicación (recientes primero)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Fecha de publicación (antiguos primero)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Todos los artículos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>No leídos</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Vistas de la biblioteca</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln sin leer</numerusform>
            <numerusform>{feed}, %Ln sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, error: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Feeds con errores: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>Esta página no indica ningún feed. Kliping puede vigilar la propia página: en cada actualización guarda los enlaces nuevos que parecen artículos. Es una vigilancia de página, no un feed; puede perderse noticias o recoger alguna página que no sea un artículo.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Dirección del sitio o del feed</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ o la dirección de un feed</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Buscar feeds</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sin carpeta</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Pega la dirección de un sitio: Kliping encuentra sus feeds.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Feeds encontrados</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>El feed trae los artículos completos (no descargar páginas)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Vigilar esta página</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Buscando feeds en {url}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln feed encontrado; marca los que quieras seguir.</numerusform>
            <numerusform>%Ln feeds encontrados; marca los que quieras seguir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Se encontró este feed:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln entrada, {format}</numerusform>
            <numerusform>{title}  —  %Ln entradas, {format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Etiquetas que añadir</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Etiquetas que añadir, separadas por comas</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Añadir:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Desmarca una etiqueta para quitarla:</translation>
    </message>
</context>
</TS>
