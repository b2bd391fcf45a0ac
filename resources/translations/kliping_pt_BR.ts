<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>não gravado</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Sobre o Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Um leitor de notícias off-line: salve artigos, leia sem distrações e pesquise tudo o que você guardou.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Biblioteca:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Software livre sob a GNU GPL, versão 3 ou posterior.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>Adicionar URL…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Salvar uma página da web na biblioteca</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Assinar…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Acompanhar um site de notícias ou um feed: os artigos novos são salvos</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Atualizar feeds</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Baixar agora os artigos novos de todos os feeds</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Importar assinaturas (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>Assinar os feeds de um arquivo OPML</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Exportar assinaturas (OPML)…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Salvar todas as assinaturas num arquivo OPML</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Importar artigos de outro leitor ou de um backup</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Exportar artigos como HTML, Markdown, EPUB ou JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferências…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Pesquisar em todos os artigos salvos</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>Colar URL</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Salvar os endereços da área de transferência</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Abrir original</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Abrir a página do artigo no navegador</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Mostrar página salva</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Mostrar a página como foi salva, antes da limpeza</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoritar</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Adicionar aos favoritos ou remover deles</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivar</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Mover para o arquivo ou tirar dele</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Marcar como lido / não lido</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Marcar como lido ou não lido</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Adicionar ou remover etiquetas</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Escrever ou alterar sua nota sobre o artigo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Excluir os artigos selecionados (dá para desfazer por alguns segundos)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Baixar novamente</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Baixar a página de novo e limpá-la outra vez</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Limpar novamente</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Limpar de novo a página salva com o limpador atual</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Guardar o texto selecionado como destaque</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Destacar com nota…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Guardar a seleção com uma nota</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Próximo artigo</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Artigo anterior</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Mostrar barra lateral</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Mostrar destaques</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Sintaxe de pesquisa</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Sobre o Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>A&amp;rtigo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Desfavoritar</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Adicionar artigos</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Cole o endereço da página que deseja salvar (um por linha):</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Endereços a salvar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>O Kliping não pode ser iniciado</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>não lido</translation>
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
        <translation>Artigo</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Imagem não salva</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln min de leitura</numerusform>
            <numerusform>%Ln min de leitura</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>Não foi possível baixar a página quando este artigo foi salvo; este é o texto que veio no feed (Artigo ▸ Baixar novamente tenta de novo).</translation>
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
        <translation>O Kliping encontrou um erro</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Algo deu errado no Kliping. Sua biblioteca está segura, mas o que você estava fazendo pode não ter terminado.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Os detalhes estão no log:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Informe o problema junto com o log para que ele possa ser corrigido.</translation>
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
        <translation>Arquivos Markdown</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livro EPUB</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (tudo, para backups)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Favoritos (para navegadores e gerenciadores de favoritos)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Planilha CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Formato de exportação</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Só o artigo selecionado</numerusform>
            <numerusform>Só os %n artigos selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Exportação do Kliping</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Pasta de exportação</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;Na pasta:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar para</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — Propriedades</translation>
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
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>Padrão (a cada 60 minutos)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Atualizar a cada:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Manter tudo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Artigos lidos mais antigos que isso são excluídos; favoritos e artigos com etiquetas ou destaques são sempre mantidos.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Excluir artigos &amp;lidos após:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>O feed traz os artigos completos (não baixar páginas)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>A última atualização falhou: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Acompanhando a página {names}. Baixando os artigos…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>Assinatura de {names} feita. Baixando os artigos…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Os feeds já estão sendo atualizados.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Atualizando feeds…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Atualizando feeds… {done} de %Ln</numerusform>
            <numerusform>Atualizando feeds… {done} de %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (e mais %n)</numerusform>
            <numerusform>{feeds} (e mais %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} de %Ln feed lido</numerusform>
            <numerusform>{read} de %Ln feeds lidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln artigo novo</numerusform>
            <numerusform>%Ln artigos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importar assinaturas</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Assinatura de %Ln feed feita.</numerusform>
            <numerusform>Assinatura de %Ln feeds feita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Assinatura de {feeds} feita (%Ln já existia).</numerusform>
            <numerusform>Assinatura de {feeds} feita (%Ln já existiam).</numerusform>
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
            <numerusform>%Ln delas tinha uma senha no endereço, que o Kliping não guarda: assinada sem ela.</numerusform>
            <numerusform>%Ln delas tinham uma senha no endereço, que o Kliping não guarda: assinadas sem ela.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exportar assinaturas</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln assinatura exportada para {file}.</numerusform>
            <numerusform>%Ln assinaturas exportadas para {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Marcar tudo como lido</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriedades…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Cancelar assinatura…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Atualizar pasta</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Assinar…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Atualizar todos os feeds</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n artigo marcado como lido.</numerusform>
            <numerusform>%n artigos marcados como lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Propriedades de {feed} salvas.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar assinatura</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>Cancelar a assinatura de {feed}? O %n artigo já salvo continua na biblioteca.</numerusform>
            <numerusform>Cancelar a assinatura de {feed}? Os %n artigos já salvos continuam na biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>Assinatura de {feed} cancelada; os artigos continuam.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Selecione um trecho do artigo e pressione Ctrl+H para guardá-lo como destaque.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Excluir destaque</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Editar a nota do destaque</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Excluir o destaque</translation>
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
        <translation>Nenhum artigo aberto</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Escolha um da lista ou pressione J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Destaques</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln resultado para “{query}” em {view}</numerusform>
            <numerusform>%Ln resultados para “{query}” em {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln resultado para “{query}”</numerusform>
            <numerusform>%Ln resultados para “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Nada encontrado</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Tente menos palavras ou o início de uma palavra seguido de * (port*). Veja mais em Ajuda ▸ Sintaxe de pesquisa.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Sua biblioteca está vazia</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Pressione Ctrl+L para salvar uma página ou solte aqui um link ou um arquivo HTML.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Nada por aqui</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>Ainda não há artigos nesta visualização.</translation>
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
            <numerusform>%Ln+ artigo</numerusform>
            <numerusform>%Ln+ artigos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artigo</numerusform>
            <numerusform>%Ln artigos</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>Este artigo não tem página salva para mostrar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln artigo novo dos seus feeds.</numerusform>
            <numerusform>%Ln artigos novos dos seus feeds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Etiquetas atualizadas em %n artigo.</numerusform>
            <numerusform>Etiquetas atualizadas em %n artigos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Escolha outro artigo da lista.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>A nova pasta da biblioteca será usada na próxima vez que o Kliping for iniciado.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Kliping for iniciado.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fechar mensagem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>Servidor {host} não encontrado; verifique o endereço e sua conexão.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} recusou a conexão.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Não foi possível conectar a {host}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>A conexão segura com {host} falhou.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} não respondeu a tempo; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>{url} demorou demais para baixar; o Kliping para por aí.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} não é uma página da web ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} enviou uma página vazia.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} tem mais de {size}; o Kliping para por aí.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>“{url}” não é um endereço da web válido.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>Nenhum texto de artigo encontrado em {url}.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>Outro Kliping está gravando nesta biblioteca; tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>O disco está cheio. Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>Não existe o artigo {id} nesta biblioteca.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Não foi possível gravar {file}.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>O Kliping não guarda senhas, então não pode atualizar um feed que precise de uma. Se {url} abrir sem senha, assine esse endereço.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} respondeu {status}: o site pode exigir login ou recusar leitores automáticos.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} respondeu {status}: o site está limitando as solicitações; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} respondeu {status}: o site está com problemas; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} respondeu {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>Não foi possível baixar a página.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>A página não contém nenhum artigo legível.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>Não foi possível ler ou gravar a biblioteca.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Esse artigo não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>O índice de pesquisa falhou; tente novamente.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>Não foi possível importar ou exportar o arquivo; o log diz por quê.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Algo deu errado no Kliping (veja o log).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>Não funcionou; o log diz por quê.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Importação de {file}: %n item.</numerusform>
            <numerusform>Importação de {file}: %n itens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln salvo</numerusform>
            <numerusform>%Ln salvos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln já estava na biblioteca</numerusform>
            <numerusform>%Ln já estavam na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln guardado só como link</numerusform>
            <numerusform>%Ln guardados só como links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln não importado</numerusform>
            <numerusform>%Ln não importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>%n imagem do backup não foi encontrada: coloque a pasta {folder} de volta ao lado do arquivo .json e execute a mesma importação de novo.</numerusform>
            <numerusform>%n imagens do backup não foram encontradas: coloque a pasta {folder} de volta ao lado do arquivo .json e execute a mesma importação de novo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n imagem não foi baixada: continua como link para a web; “Baixar novamente” busca as imagens de um artigo.</numerusform>
            <numerusform>%n imagens não foram baixadas: continuam como links para a web; “Baixar novamente” busca as imagens de um artigo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>Não foi possível salvar %n imagem.</numerusform>
            <numerusform>Não foi possível salvar %n imagens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Cancelado com %n item restante; execute a mesma importação de novo para continuar (nada é salvo duas vezes).</numerusform>
            <numerusform>Cancelado com %n itens restantes; execute a mesma importação de novo para continuar (nada é salvo duas vezes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Já estão na biblioteca com outro título (confira):</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>Não foi possível salvar:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Para tentar de novo, execute a mesma importação: o que já foi salvo é ignorado.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Não é um endereço da web nem um arquivo HTML: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Já está na biblioteca — não foi salvo de novo</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Salvo novamente · %n imagem não salva</numerusform>
            <numerusform>Salvo novamente · %n imagens não salvas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Salvo · %n imagem não salva</numerusform>
            <numerusform>Salvo · %n imagens não salvas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Salvo novamente</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Falhou: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Falhou: um erro do programa (veja o log)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>A área de transferência não tem nenhum endereço da web para salvar.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n artigo excluído.</numerusform>
            <numerusform>%n artigos excluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Artigo {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Primeiro selecione um trecho do artigo e depois destaque-o.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Nota do destaque</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importar artigos</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Exportações ({patterns});;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Importar {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} de %n item</numerusform>
            <numerusform>{done} de %n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n com falha</numerusform>
            <numerusform>{progress} · %n com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Exportar ({format}) para {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Exportado para {folder} (%n arquivo)</numerusform>
            <numerusform>Exportado para {folder} (%n arquivos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Exportado para {folder} (%n arquivo).</numerusform>
            <numerusform>Exportado para {folder} (%n arquivos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} de %n artigo</numerusform>
            <numerusform>{done} de %n artigos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Pasta da biblioteca</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Pasta da &amp;biblioteca:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Uma nova pasta de biblioteca será usada na próxima vez que o Kliping for iniciado.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
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
        <translation>Um novo idioma será usado na próxima vez que o Kliping for iniciado.</translation>
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
        <translation>Serifada</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sem serifa</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Estilo da fonte de leitura</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Fonte de leitura:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Família da fonte</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Usar uma família específica:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Tamanho da fonte</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;manho da fonte:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Largura da linha</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Largura da linha:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Altura da linha</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>Altu&amp;ra da linha:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Ordem padrão</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>&amp;Ordem padrão:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Mostrar detalhes...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ocultar detalhes...</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
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
        <translation>Copiar endereço do &amp;link</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Limpar concluídos</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Salvando {running} de %n</numerusform>
            <numerusform>Salvando {running} de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Concluído (%Ln)</numerusform>
            <numerusform>Concluídos (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Aguardando…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Baixando a página…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Limpando…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Salvando imagens…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
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
        <translation>Cancelar o salvamento de {item}</translation>
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
        <translation>Página salva — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Página salva</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>as duas palavras</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>a frase exata</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>qualquer uma das palavras</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>sem essa palavra</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>início de palavra, erros de digitação</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>título, autor</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>um site, uma etiqueta</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>salvo num intervalo de datas</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>lido ou não, favoritos</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sintaxe de pesquisa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Pesquise tudo o que você salvou  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Data em que foi salvo (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Data em que foi salvo (mais antigos primeiro)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Data de publicação (mais recentes primeiro)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Data de publicação (mais antigos primeiro)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Todos os artigos</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Não lidos</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Visualizações da biblioteca</translation>
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
        <translation>Sites</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln não lido</numerusform>
            <numerusform>{feed}, %Ln não lidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, erro: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Feeds com erro: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>Esta página não indica nenhum feed. O Kliping pode acompanhar a própria página: a cada atualização, os links novos que parecem artigos são salvos. Isso é um acompanhamento de página, não um feed; pode deixar passar notícias ou pegar algumas páginas que não são artigos.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Assinar</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Endereço do site ou do feed</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ ou o endereço de um feed</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Procurar feeds</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Sem pasta</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Cole o endereço de um site: o Kliping encontra os feeds.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Feeds encontrados</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>O feed traz os artigos completos (não baixar páginas)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Acompanhar esta página</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>A&amp;ssinar</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Procurando feeds em {url}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln feed encontrado; marque os que deseja assinar.</numerusform>
            <numerusform>%Ln feeds encontrados; marque os que deseja assinar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Feed encontrado:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln item, {format}</numerusform>
            <numerusform>{title}  —  %Ln itens, {format}</numerusform>
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
        <translation>Etiquetas a adicionar</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Etiquetas a adicionar, separadas por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Adicionar:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Desmarque uma etiqueta para removê-la:</translation>
    </message>
</context>
</TS>
