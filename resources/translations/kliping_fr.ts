<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>À propos de Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Un lecteur d’actualités hors ligne&#xa0;: enregistrez des articles, lisez-les sans fioritures, cherchez dans tout ce que vous avez gardé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Bibliothèque&#xa0;:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Journal&#xa0;:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>Ajouter une URL…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Enregistrer une page web dans la bibliothèque</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>S’abonner…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Suivre un site d’actualités ou un flux&#xa0;: ses nouveaux articles sont enregistrés</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Actualiser les flux</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Récupérer maintenant les nouveaux articles de tous les flux</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Importer des abonnements (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>S’abonner aux flux d’un fichier OPML</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Exporter les abonnements (OPML)…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Enregistrer tous les abonnements dans un fichier OPML</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Importer des articles depuis un autre lecteur ou une sauvegarde</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Exporter des articles en HTML, Markdown, EPUB ou JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Rechercher dans tous les articles enregistrés</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>Coller l’URL</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Enregistrer les adresses du presse-papiers</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Ouvrir la page de l’article dans le navigateur</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Afficher la page enregistrée</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Afficher la page telle qu’enregistrée, avant nettoyage</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Ajouter aux favoris ou en retirer</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Placer dans les archives ou en sortir</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Marquer comme lu / non lu</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Marquer comme lu ou non lu</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Ajouter ou retirer des étiquettes</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Écrire ou modifier votre note sur l’article</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Supprimer les articles sélectionnés (annulable pendant quelques secondes)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Récupérer à nouveau</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Récupérer de nouveau la page et la nettoyer</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Nettoyer à nouveau</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Nettoyer la page enregistrée avec le nettoyeur actuel</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Garder le texte sélectionné comme surlignage</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Surligner avec une note…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Garder la sélection avec une note</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Article suivant</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Article précédent</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Afficher le panneau latéral</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Afficher les surlignages</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>À propos de Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>F&amp;lux</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>Arti&amp;cle</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Trier par</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Th&amp;ème</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Retirer des favoris</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Ajouter des articles</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Collez l’adresse de la page à enregistrer (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Adresses à enregistrer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Kliping ne peut pas démarrer</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Image not saved</source>
        <translation>Image non enregistrée</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln min de lecture</numerusform>
            <numerusform>%Ln min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>La page n’a pas pu être récupérée lors de l’enregistrement de cet article&#xa0;; voici le texte fourni par son flux (Article ▸ Récupérer à nouveau réessaie).</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Par {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping a rencontré un bogue</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Un problème est survenu dans Kliping. Votre bibliothèque est intacte&#xa0;; l’opération en cours n’a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Les détails sont dans le journal&#xa0;:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Merci de le signaler avec le journal, pour qu’il puisse être corrigé.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>Pages HTML</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Fichiers Markdown</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Livre EPUB</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (tout, pour les sauvegardes)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Marque-pages (pour navigateurs et gestionnaires de favoris)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Tableur CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Seulement l’article sélectionné</numerusform>
            <numerusform>Seulement les %n articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Export Kliping</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Dossier d’export</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exporter dans</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — Propriétés</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>Par défaut (toutes les 60 minutes)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Actualiser toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Tout garder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Les articles lus plus anciens sont supprimés&#xa0;; les favoris et les articles étiquetés ou surlignés sont toujours gardés.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Supprimer les articles &amp;lus après&#xa0;:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Le flux contient les articles complets (ne pas récupérer les pages)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>La dernière actualisation a échoué&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Surveillance de la page {names}. Récupération de ses articles…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>Abonné à {names}. Récupération des articles…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Les flux sont déjà en cours d’actualisation.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Actualisation des flux…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Actualisation des flux… {done} sur %Ln</numerusform>
            <numerusform>Actualisation des flux… {done} sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (et %n autre)</numerusform>
            <numerusform>{feeds} (et %n autres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} flux lu sur %Ln</numerusform>
            <numerusform>{read} flux lus sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln nouvel article</numerusform>
            <numerusform>%Ln nouveaux articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Abonné à %Ln flux.</numerusform>
            <numerusform>Abonné à %Ln flux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Abonné à {feeds} (%Ln déjà présent).</numerusform>
            <numerusform>Abonné à {feeds} (%Ln déjà présents).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln flux</numerusform>
            <numerusform>%Ln flux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>%Ln d’entre eux avait un mot de passe dans l’adresse, que Kliping ne garde pas : abonné sans lui.</numerusform>
            <numerusform>%Ln d’entre eux avaient un mot de passe dans l’adresse, que Kliping ne garde pas : abonnés sans lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Exporter les abonnements</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln abonnement exporté vers {file}.</numerusform>
            <numerusform>%Ln abonnements exportés vers {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Propriétés…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Se désabonner…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Actualiser le dossier</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>S’abonner…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Actualiser tous les flux</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n article marqué comme lu.</numerusform>
            <numerusform>%n articles marqués comme lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Propriétés de {feed} enregistrées.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Se désabonner</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>Se désabonner de {feed}&#xa0;? L’article déjà enregistré (%n) reste dans la bibliothèque.</numerusform>
            <numerusform>Se désabonner de {feed}&#xa0;? Les %n articles déjà enregistrés restent dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>Désabonné de {feed}&#xa0;; ses articles restent.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Sélectionnez du texte dans l’article et appuyez sur Ctrl+H pour le surligner.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Modifier la note du surlignage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No article open</source>
        <translation>Aucun article ouvert</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Choisissez-en un dans la liste, ou appuyez sur J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln résultat pour «&#xa0;{query}&#xa0;» dans {view}</numerusform>
            <numerusform>%Ln résultats pour «&#xa0;{query}&#xa0;» dans {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln résultat pour «&#xa0;{query}&#xa0;»</numerusform>
            <numerusform>%Ln résultats pour «&#xa0;{query}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Essayez avec moins de mots, ou un début de mot suivi de * (port*). Plus d’infos dans Aide ▸ Syntaxe de recherche.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Appuyez sur Ctrl+L pour enregistrer une page, ou déposez ici un lien ou un fichier HTML.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Rien ici</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>Aucun article dans cette vue pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln trouvé</numerusform>
            <numerusform>%Ln trouvés</numerusform>
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
    <message>
        <source>This article has no saved page to show.</source>
        <translation>Cet article n’a pas de page enregistrée à afficher.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln nouvel article de vos flux.</numerusform>
            <numerusform>%Ln nouveaux articles de vos flux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Étiquettes mises à jour sur %n article.</numerusform>
            <numerusform>Étiquettes mises à jour sur %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Choisissez un autre article dans la liste.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>Le nouveau dossier de bibliothèque sera utilisé au prochain démarrage de Kliping.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Kliping.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>Serveur {host} introuvable&#xa0;; vérifiez l’adresse et votre connexion.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} a refusé la connexion.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Impossible de se connecter à {host}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>La connexion sécurisée à {host} a échoué.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} n’a pas répondu à temps&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>Le téléchargement de {url} a pris trop de temps&#xa0;; Kliping s’arrête là.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} n’est pas une page web ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} a renvoyé une page vide.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} dépasse {size}&#xa0;; Kliping s’arrête là.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>Aucun texte d’article trouvé à l’adresse {url}.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>Un autre Kliping écrit dans cette bibliothèque&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Le disque est plein. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>Il n’y a pas d’article {id} dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Impossible d’écrire {file}.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping ne garde aucun mot de passe : il ne peut donc pas actualiser un flux qui en demande un. Si {url} s’ouvre sans mot de passe, abonnez-vous à cette adresse.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} a répondu {status}&#xa0;: le site demande peut-être une connexion ou refuse les lecteurs automatiques.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} a répondu {status}&#xa0;: le site limite les requêtes&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} a répondu {status}&#xa0;: le site rencontre un problème&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} a répondu {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>La page n’a pas pu être récupérée.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>La page ne contient aucun article lisible.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>Impossible de lire ou d’écrire la bibliothèque.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Cet article n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>L’index de recherche a échoué&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>Le fichier n’a pas pu être importé ou exporté&#xa0;; le journal en donne la raison.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Un problème est survenu dans Kliping (voir le journal).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>Cela n’a pas fonctionné&#xa0;; le journal en donne la raison.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Import de {file}&#xa0;: %n entrée.</numerusform>
            <numerusform>Import de {file}&#xa0;: %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln enregistrée</numerusform>
            <numerusform>%Ln enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
            <numerusform>%Ln déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln gardée comme simple lien</numerusform>
            <numerusform>%Ln gardées comme simples liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln non importée</numerusform>
            <numerusform>%Ln non importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>%n image de la sauvegarde est introuvable&#xa0;: remettez le dossier {folder} à côté du fichier .json et relancez le même import.</numerusform>
            <numerusform>%n images de la sauvegarde sont introuvables&#xa0;: remettez le dossier {folder} à côté du fichier .json et relancez le même import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n image n’a pas été récupérée&#xa0;: elle reste un lien vers le web&#xa0;; «&#xa0;Récupérer à nouveau&#xa0;» récupère les images d’un article.</numerusform>
            <numerusform>%n images n’ont pas été récupérées&#xa0;: elles restent des liens vers le web&#xa0;; «&#xa0;Récupérer à nouveau&#xa0;» récupère les images d’un article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>%n image n’a pas pu être enregistrée.</numerusform>
            <numerusform>%n images n’ont pas pu être enregistrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Annulé, %n entrée restante&#xa0;; relancez le même import pour continuer (rien n’est enregistré deux fois).</numerusform>
            <numerusform>Annulé, %n entrées restantes&#xa0;; relancez le même import pour continuer (rien n’est enregistré deux fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Déjà dans la bibliothèque sous un autre titre (à vérifier)&#xa0;:</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>N’ont pas pu être enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Pour réessayer, relancez le même import&#xa0;: ce qui est déjà enregistré est ignoré.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Ni une adresse web ni un fichier HTML&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Déjà dans la bibliothèque — pas enregistré deux fois</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Réenregistré · %n image non enregistrée</numerusform>
            <numerusform>Réenregistré · %n images non enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Enregistré · %n image non enregistrée</numerusform>
            <numerusform>Enregistré · %n images non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Réenregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Échec&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Échec&#xa0;: un bogue (voir le journal)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>Le presse-papiers ne contient aucune adresse web à enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n article supprimé.</numerusform>
            <numerusform>%n articles supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Article {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Sélectionnez d’abord du texte dans l’article, puis surlignez-le.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Note du surlignage</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Importer des articles</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Exports ({patterns});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Import de {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} sur %n entrée</numerusform>
            <numerusform>{done} sur %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n en échec</numerusform>
            <numerusform>{progress} · %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Export ({format}) vers {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Exporté vers {folder} (%n fichier)</numerusform>
            <numerusform>Exporté vers {folder} (%n fichiers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Exporté vers {folder} (%n fichier).</numerusform>
            <numerusform>Exporté vers {folder} (%n fichiers).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} sur %n article</numerusform>
            <numerusform>{done} sur %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Dossier de la &amp;bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Un nouveau dossier de bibliothèque sera utilisé au prochain démarrage de Kliping.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>Une nouvelle langue sera utilisée au prochain démarrage de Kliping.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattements</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Style de police de lecture</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Police de lecture&#xa0;:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Famille de police</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Utiliser une famille précise&#xa0;:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police&#xa0;:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Largeur de ligne</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Largeur de ligne&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Interligne</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>Inter&amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Tri par défaut</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>T&amp;ri par défaut&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l’adresse du &amp;lien</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminés</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Enregistrement {running} sur %n</numerusform>
            <numerusform>Enregistrement {running} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Terminé (%Ln)</numerusform>
            <numerusform>Terminés (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Récupération de la page…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Nettoyage…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Enregistrement des images…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>Ouvrir {item}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>Annuler l’enregistrement de {item}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>Page enregistrée — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Page enregistrée</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>les deux mots</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>l’expression exacte</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>l’un ou l’autre mot</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>sans ce mot</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>début de mot, fautes de frappe</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>titre, auteur</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>un site, une étiquette</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>enregistré sur une période</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>état de lecture, favoris</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Syntaxe de recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Rechercher dans tout ce que vous avez gardé  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Date d’enregistrement (récents d’abord)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Date d’enregistrement (anciens d’abord)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Date de publication (récents d’abord)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Date de publication (anciens d’abord)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Vues de la bibliothèque</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln non lu</numerusform>
            <numerusform>{feed}, %Ln non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Flux en erreur&#xa0;: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>Cette page n’indique aucun flux. Kliping peut surveiller la page elle-même&#xa0;: à chaque actualisation, les nouveaux liens qui ressemblent à des articles sont enregistrés. C’est une surveillance de page, pas un flux&#xa0;; elle peut manquer des articles ou récupérer quelques pages qui n’en sont pas.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>S’abonner</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Adresse du site ou du flux</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ ou l’adresse d’un flux</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Trouver les flux</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Aucun dossier</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Collez l’adresse d’un site&#xa0;: Kliping trouve ses flux.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Flux trouvés</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Le flux contient les articles complets (ne pas récupérer les pages)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Surveiller cette page</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>S’&amp;abonner</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Recherche de flux sur {url}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln flux trouvé&#xa0;; cochez ceux auxquels vous abonner.</numerusform>
            <numerusform>%Ln flux trouvés&#xa0;; cochez ceux auxquels vous abonner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Flux trouvé&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln élément, {format}</numerusform>
            <numerusform>{title}  —  %Ln éléments, {format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Étiquettes à ajouter</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Étiquettes à ajouter, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter&#xa0;:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Décochez une étiquette pour la retirer&#xa0;:</translation>
    </message>
</context>
</TS>
