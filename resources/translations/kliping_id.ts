<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>About</name>
    <message>
        <source>not written</source>
        <translation>tidak ditulis</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Tentang Kliping</translation>
    </message>
    <message>
        <source>An offline news reader: save articles, read them clean, search everything you saved.</source>
        <translation>Pembaca berita luring: simpan artikel, baca dengan bersih, cari semua yang Anda simpan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</source>
        <translation>&lt;b&gt;Pustaka:&lt;/b&gt; {library}&lt;br&gt;&lt;b&gt;Log:&lt;/b&gt; {log}</translation>
    </message>
    <message>
        <source>Free software under the GNU GPL, version 3 or later.</source>
        <translation>Perangkat lunak bebas dengan lisensi GNU GPL, versi 3 atau yang lebih baru.</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Add URL…</source>
        <translation>Tambah URL…</translation>
    </message>
    <message>
        <source>Save a web page to the library</source>
        <translation>Simpan halaman web ke pustaka</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Berlangganan…</translation>
    </message>
    <message>
        <source>Follow a news site or a feed: its new articles are saved</source>
        <translation>Ikuti situs berita atau feed: artikel barunya disimpan</translation>
    </message>
    <message>
        <source>Refresh Feeds</source>
        <translation>Segarkan Feed</translation>
    </message>
    <message>
        <source>Fetch new articles from every feed now</source>
        <translation>Ambil artikel baru dari semua feed sekarang</translation>
    </message>
    <message>
        <source>Import Subscriptions (OPML)…</source>
        <translation>Impor Langganan (OPML)…</translation>
    </message>
    <message>
        <source>Subscribe to the feeds of an OPML file</source>
        <translation>Berlangganan feed dari berkas OPML</translation>
    </message>
    <message>
        <source>Export Subscriptions (OPML)…</source>
        <translation>Ekspor Langganan (OPML)…</translation>
    </message>
    <message>
        <source>Save every subscription as an OPML file</source>
        <translation>Simpan semua langganan sebagai berkas OPML</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impor…</translation>
    </message>
    <message>
        <source>Import articles from another reader or a backup</source>
        <translation>Impor artikel dari aplikasi pembaca lain atau cadangan</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export articles as HTML, Markdown, EPUB or JSON</source>
        <translation>Ekspor artikel sebagai HTML, Markdown, EPUB, atau JSON</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferensi…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search every saved article</source>
        <translation>Cari di semua artikel tersimpan</translation>
    </message>
    <message>
        <source>Paste URL</source>
        <translation>Tempel URL</translation>
    </message>
    <message>
        <source>Save the addresses on the clipboard</source>
        <translation>Simpan alamat yang ada di papan klip</translation>
    </message>
    <message>
        <source>Open Original</source>
        <translation>Buka Aslinya</translation>
    </message>
    <message>
        <source>Open the article&apos;s page in the web browser</source>
        <translation>Buka halaman artikel di peramban web</translation>
    </message>
    <message>
        <source>Show Saved Page</source>
        <translation>Tampilkan Halaman Tersimpan</translation>
    </message>
    <message>
        <source>Show the page as it was saved, before cleaning</source>
        <translation>Tampilkan halaman seperti saat disimpan, sebelum dibersihkan</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoritkan</translation>
    </message>
    <message>
        <source>Add to or remove from favourites</source>
        <translation>Tambahkan ke atau hapus dari favorit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsipkan</translation>
    </message>
    <message>
        <source>Move to or out of the archive</source>
        <translation>Pindahkan ke atau keluarkan dari arsip</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>Tandai Dibaca / Belum Dibaca</translation>
    </message>
    <message>
        <source>Mark as read or unread</source>
        <translation>Tandai sudah atau belum dibaca</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tag…</translation>
    </message>
    <message>
        <source>Add or remove tags</source>
        <translation>Tambah atau hapus tag</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Catatan…</translation>
    </message>
    <message>
        <source>Write or change your note on the article</source>
        <translation>Tulis atau ubah catatan Anda tentang artikel ini</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the selected articles (undo for a few seconds)</source>
        <translation>Hapus artikel terpilih (bisa dibatalkan selama beberapa detik)</translation>
    </message>
    <message>
        <source>Re-fetch</source>
        <translation>Ambil Ulang</translation>
    </message>
    <message>
        <source>Fetch the page again and clean it anew</source>
        <translation>Ambil halaman lagi dan bersihkan dari awal</translation>
    </message>
    <message>
        <source>Re-clean</source>
        <translation>Bersihkan Ulang</translation>
    </message>
    <message>
        <source>Clean the saved page again with the current cleaner</source>
        <translation>Bersihkan lagi halaman tersimpan dengan pembersih terbaru</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorot</translation>
    </message>
    <message>
        <source>Keep the selected text as a highlight</source>
        <translation>Simpan teks terpilih sebagai sorotan</translation>
    </message>
    <message>
        <source>Highlight with Note…</source>
        <translation>Sorot dengan Catatan…</translation>
    </message>
    <message>
        <source>Keep the selection with a note</source>
        <translation>Simpan pilihan beserta catatan</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>Artikel Berikutnya</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>Artikel Sebelumnya</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Halaman Berikutnya</translation>
    </message>
    <message>
        <source>All Articles</source>
        <translation>Semua Artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum Dibaca</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Archive</source>
        <comment>the archive, a view</comment>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Show Sidebar</source>
        <translation>Tampilkan Bilah Sisi</translation>
    </message>
    <message>
        <source>Show Highlights</source>
        <translation>Tampilkan Sorotan</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>Perbesar Teks</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>Perkecil Teks</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>Sintaks Pencarian</translation>
    </message>
    <message>
        <source>About Kliping</source>
        <translation>Tentang Kliping</translation>
    </message>
    <message>
        <source>{tip} ({keys})</source>
        <comment>a tooltip and its shortcut</comment>
        <translation>{tip} ({keys})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>Fee&amp;ds</source>
        <translation>&amp;Feed</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Sort By</source>
        <translation>&amp;Urutkan Menurut</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Unfavourite</source>
        <translation>Hapus dari Favorit</translation>
    </message>
</context>
<context>
    <name>AddUrlDialog</name>
    <message>
        <source>Add articles</source>
        <translation>Tambah artikel</translation>
    </message>
    <message>
        <source>Paste the address of a page to save (one per line):</source>
        <translation>Tempel alamat halaman yang ingin disimpan (satu per baris):</translation>
    </message>
    <message>
        <source>Addresses to save</source>
        <translation>Alamat yang akan disimpan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Kliping cannot start</source>
        <translation>Kliping tidak dapat dijalankan</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <source>unread</source>
        <translation>belum dibaca</translation>
    </message>
    <message>
        <source>favourite</source>
        <translation>favorit</translation>
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
        <translation>Gambar tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>Byline</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <extracomment>Text in the scripts a library holds: a line of any of them is laid out with the font Qt falls back to for it (Noto CJK, an emoji font, …), often taller than the list&apos;s own.</extracomment>
        <translation>
            <numerusform>%Ln mnt baca</numerusform>
        </translation>
    </message>
    <message>
        <source>The page could not be fetched when this article was saved; this is the text its feed carried (Article ▸ Re-fetch tries the page again).</source>
        <extracomment>The words around an article: its byline in the reader and its row in the list. Said above an article saved from its feed&apos;s text because its page could not be fetched.</extracomment>
        <translation>Halaman tidak dapat diambil saat artikel ini disimpan; ini teks yang dibawa feed-nya (Artikel ▸ Ambil Ulang mencoba halamannya lagi).</translation>
    </message>
    <message>
        <source>By {authors}</source>
        <translation>Oleh {authors}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tag: {tags}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Kliping hit a bug</source>
        <translation>Kliping mengalami galat</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping. Your library is safe; what you were doing may not have finished.</source>
        <translation>Terjadi kesalahan di dalam Kliping. Pustaka Anda aman, tetapi yang sedang Anda kerjakan mungkin belum selesai.</translation>
    </message>
    <message>
        <source>The details are in the log:
{file}</source>
        <translation>Rinciannya ada di log:
{file}</translation>
    </message>
    <message>
        <source>Please report it, with the log, so it can be fixed.</source>
        <translation>Mohon laporkan beserta lognya agar dapat diperbaiki.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>HTML pages</source>
        <translation>Halaman HTML</translation>
    </message>
    <message>
        <source>Markdown files</source>
        <translation>Berkas Markdown</translation>
    </message>
    <message>
        <source>EPUB book</source>
        <translation>Buku EPUB</translation>
    </message>
    <message>
        <source>JSON (everything, for backups)</source>
        <translation>JSON (semuanya, untuk cadangan)</translation>
    </message>
    <message>
        <source>Bookmarks (for browsers and bookmark managers)</source>
        <translation>Markah (untuk peramban dan pengelola markah)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>Lembar kerja CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format ekspor</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected article(s)</source>
        <translation>
            <numerusform>Hanya %n artikel terpilih</numerusform>
        </translation>
    </message>
    <message>
        <source>Kliping export</source>
        <comment>the default export folder name</comment>
        <translation>Ekspor Kliping</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;Ke folder:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Ekspor ke</translation>
    </message>
</context>
<context>
    <name>FeedPropertiesDialog</name>
    <message>
        <source>{feed} — Properties</source>
        <translation>{feed} — Properti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Alamat:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Default (every 60 minutes)</source>
        <translation>Bawaan (tiap 60 menit)</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Refresh every:</source>
        <translation>&amp;Segarkan tiap:</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Simpan semuanya</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Read articles older than this are deleted; favourites, tagged and highlighted articles are always kept.</source>
        <translation>Artikel yang sudah dibaca dan lebih lama dari ini dihapus; artikel favorit, bertag, dan bersorotan selalu disimpan.</translation>
    </message>
    <message>
        <source>Delete &amp;read articles after:</source>
        <translation>Hapus artikel yang &amp;sudah dibaca setelah:</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Feed memuat artikel utuh (jangan ambil halaman)</translation>
    </message>
    <message>
        <source>Last refresh failed: {reason}</source>
        <translation>Penyegaran terakhir gagal: {reason}</translation>
    </message>
</context>
<context>
    <name>FeedsController</name>
    <message>
        <source>Watching the page {names}. Fetching its articles…</source>
        <translation>Memantau halaman {names}. Mengambil artikelnya…</translation>
    </message>
    <message>
        <source>Subscribed to {names}. Fetching its articles…</source>
        <translation>Berlangganan {names}. Mengambil artikelnya…</translation>
    </message>
    <message>
        <source>Feeds are being refreshed already.</source>
        <translation>Feed sedang disegarkan.</translation>
    </message>
    <message>
        <source>Refreshing feeds…</source>
        <translation>Menyegarkan feed…</translation>
    </message>
    <message numerus="yes">
        <source>Refreshing feeds… {done} of %Ln</source>
        <translation>
            <numerusform>Menyegarkan feed… {done} dari %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{feeds} (and %n more)</source>
        <translation>
            <numerusform>{feeds} (dan %n lagi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{read} of %Ln feeds read</source>
        <translation>
            <numerusform>{read} dari %Ln feed terbaca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new articles</source>
        <translation>
            <numerusform>%Ln artikel baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Import subscriptions</source>
        <translation>Impor langganan</translation>
    </message>
    <message>
        <source>OPML ({patterns});;All files (*)</source>
        <translation>OPML ({patterns});;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %Ln feeds.</source>
        <translation>
            <numerusform>Berlangganan %Ln feed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to {feeds} (%Ln already there).</source>
        <translation>
            <numerusform>Berlangganan {feeds} (%Ln sudah ada).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds</source>
        <translation>
            <numerusform>%Ln feed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them had a password in the address, which Kliping does not keep: subscribed without it.</source>
        <translation>
            <numerusform>%Ln di antaranya memuat kata sandi di alamatnya, yang tidak disimpan Kliping: dilanggan tanpa kata sandi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export subscriptions</source>
        <translation>Ekspor langganan</translation>
    </message>
    <message>
        <source>OPML ({patterns})</source>
        <translation>OPML ({patterns})</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln subscriptions to {file}.</source>
        <translation>
            <numerusform>%Ln langganan diekspor ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Segarkan</translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation>Tandai Semua Sudah Dibaca</translation>
    </message>
    <message>
        <source>Properties…</source>
        <translation>Properti…</translation>
    </message>
    <message>
        <source>Unsubscribe…</source>
        <translation>Berhenti Berlangganan…</translation>
    </message>
    <message>
        <source>Refresh Folder</source>
        <translation>Segarkan Folder</translation>
    </message>
    <message>
        <source>Subscribe…</source>
        <translation>Berlangganan…</translation>
    </message>
    <message>
        <source>Refresh All Feeds</source>
        <translation>Segarkan Semua Feed</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n article(s) read.</source>
        <translation>
            <numerusform>%n artikel ditandai sudah dibaca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the properties of {feed}.</source>
        <translation>Properti {feed} disimpan.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Berhenti berlangganan</translation>
    </message>
    <message numerus="yes">
        <source>Unsubscribe from {feed}? The %n article(s) already saved stay in the library.</source>
        <translation>
            <numerusform>Berhenti berlangganan {feed}? %n artikel yang sudah disimpan tetap ada di pustaka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsubscribed from {feed}; its articles stay.</source>
        <translation>Berhenti berlangganan {feed}; artikelnya tetap ada.</translation>
    </message>
</context>
<context>
    <name>HighlightsPanel</name>
    <message>
        <source>Select text in the article and press Ctrl+H to keep a highlight.</source>
        <translation>Pilih teks di artikel lalu tekan Ctrl+H untuk menyimpannya sebagai sorotan.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Sunting catatan…</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Hapus sorotan</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Catatan…</translation>
    </message>
    <message>
        <source>Edit the highlight&apos;s note</source>
        <translation>Sunting catatan sorotan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Delete the highlight</source>
        <translation>Hapus sorotan ini</translation>
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
        <translation>Tidak ada artikel yang dibuka</translation>
    </message>
    <message>
        <source>Choose one from the list, or press J.</source>
        <translation>Pilih salah satu dari daftar, atau tekan J.</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}” in {view}</source>
        <translation>
            <numerusform>%Ln hasil untuk “{query}” di {view}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s) for “{query}”</source>
        <translation>
            <numerusform>%Ln hasil untuk “{query}”</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Try fewer words, or a word&apos;s beginning followed by * (harb*). Help ▸ Search Syntax has more.</source>
        <translation>Coba dengan lebih sedikit kata, atau awal kata diikuti * (pelab*). Lihat Bantuan ▸ Sintaks Pencarian.</translation>
    </message>
    <message>
        <source>Your library is empty</source>
        <translation>Pustaka Anda masih kosong</translation>
    </message>
    <message>
        <source>Press Ctrl+L to save a page, or drop a link or an HTML file here.</source>
        <translation>Tekan Ctrl+L untuk menyimpan halaman, atau jatuhkan tautan atau berkas HTML di sini.</translation>
    </message>
    <message>
        <source>Nothing here</source>
        <translation>Belum ada apa-apa</translation>
    </message>
    <message>
        <source>No article is in this view yet.</source>
        <translation>Belum ada artikel di tampilan ini.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln ditemukan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln+ article(s)</source>
        <translation>
            <numerusform>%Ln+ artikel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>This article has no saved page to show.</source>
        <translation>Artikel ini tidak punya halaman tersimpan untuk ditampilkan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new article(s) from your feeds.</source>
        <translation>
            <numerusform>%Ln artikel baru dari feed Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message numerus="yes">
        <source>Tags updated on %n article(s).</source>
        <translation>
            <numerusform>Tag diperbarui pada %n artikel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Terhapus</translation>
    </message>
    <message>
        <source>Choose another article from the list.</source>
        <translation>Pilih artikel lain dari daftar.</translation>
    </message>
    <message>
        <source>The new library folder is used the next time Kliping starts.</source>
        <translation>Folder pustaka yang baru dipakai saat Kliping dijalankan lagi.</translation>
    </message>
    <message>
        <source>The new language is used the next time Kliping starts.</source>
        <translation>Bahasa yang baru dipakai saat Kliping dijalankan lagi.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Tutup pesan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Could not find the server {host}; check the address and your connection.</source>
        <extracomment>Core failures by ``reason``, worded with their ``facts`` (context &quot;Messages&quot;).</extracomment>
        <translation>Server {host} tidak ditemukan; periksa alamat dan koneksi Anda.</translation>
    </message>
    <message>
        <source>{host} refused the connection.</source>
        <translation>{host} menolak koneksi.</translation>
    </message>
    <message>
        <source>Could not connect to {host}.</source>
        <translation>Tidak dapat terhubung ke {host}.</translation>
    </message>
    <message>
        <source>The secure connection to {host} failed.</source>
        <translation>Koneksi aman ke {host} gagal.</translation>
    </message>
    <message>
        <source>{host} did not answer in time; try again later.</source>
        <translation>{host} tidak menjawab tepat waktu; coba lagi nanti.</translation>
    </message>
    <message>
        <source>{url} took too long to download; Kliping stops there.</source>
        <translation>Mengunduh {url} terlalu lama; Kliping menghentikannya.</translation>
    </message>
    <message>
        <source>{url} is not a web page ({type}).</source>
        <translation>{url} bukan halaman web ({type}).</translation>
    </message>
    <message>
        <source>{url} sent an empty page.</source>
        <translation>{url} mengirim halaman kosong.</translation>
    </message>
    <message>
        <source>{url} is larger than {size}; Kliping stops there.</source>
        <translation>{url} lebih besar dari {size}; Kliping menghentikannya.</translation>
    </message>
    <message>
        <source>“{url}” is not a valid web address.</source>
        <translation>“{url}” bukan alamat web yang valid.</translation>
    </message>
    <message>
        <source>No article text found at {url}.</source>
        <translation>Tidak ada teks artikel di {url}.</translation>
    </message>
    <message>
        <source>Another Kliping is writing to this library; try again shortly.</source>
        <translation>Kliping lain sedang menulis ke pustaka ini; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation>Disk penuh. Kosongkan sebagian ruang lalu coba lagi.</translation>
    </message>
    <message>
        <source>There is no article {id} in this library.</source>
        <translation>Tidak ada artikel {id} di pustaka ini.</translation>
    </message>
    <message>
        <source>Could not write {file}.</source>
        <translation>Tidak dapat menulis {file}.</translation>
    </message>
    <message>
        <source>Kliping keeps no passwords, so it cannot refresh a feed that needs one. If {url} opens without a password, subscribe to that address.</source>
        <translation>Kliping tidak menyimpan kata sandi, jadi tidak dapat menyegarkan feed yang memerlukannya. Jika {url} terbuka tanpa kata sandi, langgani alamat itu.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site may need a login or may refuse automated readers.</source>
        <extracomment>An HTTP error answer, by kind of status.</extracomment>
        <translation>{url} menjawab {status}: situs ini mungkin perlu masuk akun atau menolak pembaca otomatis.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site is limiting requests; try again later.</source>
        <translation>{url} menjawab {status}: situs ini sedang membatasi permintaan; coba lagi nanti.</translation>
    </message>
    <message>
        <source>{url} answered {status}: the site has a problem; try again later.</source>
        <translation>{url} menjawab {status}: situs ini sedang bermasalah; coba lagi nanti.</translation>
    </message>
    <message>
        <source>{url} answered {status}.</source>
        <translation>{url} menjawab {status}.</translation>
    </message>
    <message>
        <source>The page could not be fetched.</source>
        <extracomment>What to say when a failure has no reason the window knows, by its kind.</extracomment>
        <translation>Halaman tidak dapat diambil.</translation>
    </message>
    <message>
        <source>The page holds no readable article.</source>
        <translation>Halaman ini tidak berisi artikel yang bisa dibaca.</translation>
    </message>
    <message>
        <source>The library could not be read or written.</source>
        <translation>Pustaka tidak dapat dibaca atau ditulis.</translation>
    </message>
    <message>
        <source>That article is no longer in the library.</source>
        <translation>Artikel itu sudah tidak ada di pustaka.</translation>
    </message>
    <message>
        <source>The search index failed; try again.</source>
        <translation>Indeks pencarian gagal; coba lagi.</translation>
    </message>
    <message>
        <source>The file could not be imported or exported; the log says why.</source>
        <translation>Berkas tidak dapat diimpor atau diekspor; alasannya ada di log.</translation>
    </message>
    <message>
        <source>Something went wrong inside Kliping (see the log).</source>
        <translation>Terjadi kesalahan di dalam Kliping (lihat log).</translation>
    </message>
    <message>
        <source>That did not work; the log says why.</source>
        <translation>Tidak berhasil; alasannya ada di log.</translation>
    </message>
    <message numerus="yes">
        <source>Import of {file}: %n entries.</source>
        <translation>
            <numerusform>Impor {file}: %n entri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved</source>
        <translation>
            <numerusform>%Ln tersimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the library</source>
        <translation>
            <numerusform>%Ln sudah ada di pustaka</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept as links only</source>
        <translation>
            <numerusform>%Ln disimpan sebagai tautan saja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln tidak diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) of the backup were not found: put the {folder} folder back beside the .json file and run the same import again.</source>
        <translation>
            <numerusform>%n gambar dari cadangan tidak ditemukan: kembalikan folder {folder} ke samping berkas .json lalu jalankan impor yang sama lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) were not fetched: they stay links to the web; Re-fetch fetches an article&apos;s images.</source>
        <translation>
            <numerusform>%n gambar tidak diambil: gambar tetap berupa tautan ke web; Ambil Ulang akan mengambil gambar artikel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) could not be saved.</source>
        <translation>
            <numerusform>%n gambar tidak dapat disimpan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled with %n entries left; run the same import again to continue (nothing is saved twice).</source>
        <translation>
            <numerusform>Dibatalkan dengan sisa %n entri; jalankan impor yang sama lagi untuk melanjutkan (tidak ada yang tersimpan dua kali).</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the library under another title (check them):</source>
        <translation>Sudah ada di pustaka dengan judul lain (periksa):</translation>
    </message>
    <message>
        <source>Could not be saved:</source>
        <translation>Tidak dapat disimpan:</translation>
    </message>
    <message>
        <source>To retry, run the same import again: what is saved is skipped.</source>
        <translation>Untuk mencoba lagi, jalankan impor yang sama: yang sudah tersimpan akan dilewati.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Not a web address or an HTML file: {item}</source>
        <translation>Bukan alamat web atau berkas HTML: {item}</translation>
    </message>
    <message>
        <source>Already in the library — not saved twice</source>
        <translation>Sudah ada di pustaka — tidak disimpan dua kali</translation>
    </message>
    <message numerus="yes">
        <source>Saved again · %n image(s) not saved</source>
        <translation>
            <numerusform>Disimpan ulang · %n gambar tidak tersimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved · %n image(s) not saved</source>
        <translation>
            <numerusform>Tersimpan · %n gambar tidak tersimpan</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved again</source>
        <translation>Disimpan ulang</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation>Gagal: {reason}</translation>
    </message>
    <message>
        <source>Failed: a bug (see the log)</source>
        <translation>Gagal: ada galat (lihat log)</translation>
    </message>
    <message>
        <source>The clipboard holds no web address to save.</source>
        <translation>Tidak ada alamat web di papan klip untuk disimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n article(s).</source>
        <translation>
            <numerusform>%n artikel dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Article {id}</source>
        <translation>Artikel {id}</translation>
    </message>
    <message>
        <source>Select some text in the article first, then highlight it.</source>
        <translation>Pilih dulu sebagian teks di artikel, lalu sorot.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Sorotan</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Catatan:</translation>
    </message>
    <message>
        <source>Highlight note</source>
        <translation>Catatan sorotan</translation>
    </message>
    <message>
        <source>Import articles</source>
        <translation>Impor artikel</translation>
    </message>
    <message>
        <source>Exports ({patterns});;All files (*)</source>
        <translation>Berkas ekspor ({patterns});;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>Impor {file}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n entries</source>
        <translation>
            <numerusform>{done} dari %n entri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{progress} · %n failed</source>
        <translation>
            <numerusform>{progress} · %n gagal</numerusform>
        </translation>
    </message>
    <message>
        <source>Export ({format}) to {folder}</source>
        <translation>Ekspor ({format}) ke {folder}</translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s))</source>
        <translation>
            <numerusform>Diekspor ke {folder} (%n berkas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported to {folder} (%n file(s)).</source>
        <translation>
            <numerusform>Diekspor ke {folder} (%n berkas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n articles</source>
        <translation>
            <numerusform>{done} dari %n artikel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Folder &amp;pustaka:</translation>
    </message>
    <message>
        <source>A new library folder is used the next time Kliping starts.</source>
        <translation>Folder pustaka yang baru dipakai saat Kliping dijalankan lagi.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>A new language is used the next time Kliping starts.</source>
        <translation>Bahasa yang baru dipakai saat Kliping dijalankan lagi.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <source>Reading font style</source>
        <translation>Gaya huruf bacaan</translation>
    </message>
    <message>
        <source>Reading &amp;font:</source>
        <translation>&amp;Huruf bacaan:</translation>
    </message>
    <message>
        <source>Font family</source>
        <translation>Keluarga huruf</translation>
    </message>
    <message>
        <source>Use a specific family:</source>
        <translation>Pakai keluarga tertentu:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Font size</source>
        <translation>Ukuran huruf</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;Ukuran huruf:</translation>
    </message>
    <message>
        <source> em</source>
        <translation> em</translation>
    </message>
    <message>
        <source>Line width</source>
        <translation>Lebar baris</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;Lebar baris:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Line height</source>
        <translation>Tinggi baris</translation>
    </message>
    <message>
        <source>Line &amp;height:</source>
        <translation>&amp;Tinggi baris:</translation>
    </message>
    <message>
        <source>Default sort</source>
        <translation>Urutan bawaan</translation>
    </message>
    <message>
        <source>Default s&amp;ort:</source>
        <translation>Ur&amp;utan bawaan:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>SavePanel</name>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Bersihkan yang selesai</translation>
    </message>
    <message numerus="yes">
        <source>Saving {running} of %n</source>
        <translation>
            <numerusform>Menyimpan {running} dari %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished (%Ln)</source>
        <translation>
            <numerusform>Selesai (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveRow</name>
    <message>
        <source>Waiting…</source>
        <translation>Menunggu…</translation>
    </message>
    <message>
        <source>Fetching the page…</source>
        <translation>Mengambil halaman…</translation>
    </message>
    <message>
        <source>Cleaning…</source>
        <translation>Membersihkan…</translation>
    </message>
    <message>
        <source>Saving images…</source>
        <translation>Menyimpan gambar…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open {item}</source>
        <translation>Buka {item}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancel saving {item}</source>
        <translation>Batalkan penyimpanan {item}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
</context>
<context>
    <name>SavedPageView</name>
    <message>
        <source>Saved page — {title}</source>
        <translation>Halaman tersimpan — {title}</translation>
    </message>
    <message>
        <source>Saved page</source>
        <translation>Halaman tersimpan</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>both words</source>
        <extracomment>The syntax help: examples (the syntax itself is not translated) and what they mean.</extracomment>
        <translation>kedua kata</translation>
    </message>
    <message>
        <source>the exact phrase</source>
        <translation>frasa persis</translation>
    </message>
    <message>
        <source>either word</source>
        <translation>salah satu kata</translation>
    </message>
    <message>
        <source>without a word</source>
        <translation>tanpa kata itu</translation>
    </message>
    <message>
        <source>prefix, spelling mistakes</source>
        <translation>awalan, salah ketik</translation>
    </message>
    <message>
        <source>title, author</source>
        <translation>judul, penulis</translation>
    </message>
    <message>
        <source>one site, one tag</source>
        <translation>satu situs, satu tag</translation>
    </message>
    <message>
        <source>saved in a date range</source>
        <translation>disimpan dalam rentang tanggal</translation>
    </message>
    <message>
        <source>read state, favourites</source>
        <translation>status baca, favorit</translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation>Sintaks pencarian</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Search everything you saved  (Ctrl+F)</source>
        <translation>Cari semua yang Anda simpan  (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Follow the System</source>
        <translation>Ikuti Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Date saved (newest first)</source>
        <translation>Tanggal disimpan (terbaru dulu)</translation>
    </message>
    <message>
        <source>Date saved (oldest first)</source>
        <translation>Tanggal disimpan (terlama dulu)</translation>
    </message>
    <message>
        <source>Date published (newest first)</source>
        <translation>Tanggal terbit (terbaru dulu)</translation>
    </message>
    <message>
        <source>Date published (oldest first)</source>
        <translation>Tanggal terbit (terlama dulu)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Situs</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Belum dibaca</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Library views</source>
        <translation>Tampilan pustaka</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Situs</translation>
    </message>
    <message numerus="yes">
        <source>{feed}, %Ln unread</source>
        <translation>
            <numerusform>{feed}, %Ln belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>{feed}, error: {reason}</source>
        <translation>{feed}, galat: {reason}</translation>
    </message>
    <message>
        <source>Feeds in error: {feeds}</source>
        <translation>Feed yang bermasalah: {feeds}</translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>This page names no feed. Kliping can watch the page itself: at each refresh, new links on it that look like articles are saved. This is a page watch, not a feed; it may miss stories or pick up a few pages that are not articles.</source>
        <extracomment>How often the window looks for feeds that are due (their own interval decides). The first look, soon after the window opens (&quot;at start when due&quot;).</extracomment>
        <translation>Halaman ini tidak menyebut feed. Kliping bisa memantau halamannya: setiap penyegaran, tautan baru yang tampak seperti artikel akan disimpan. Ini pemantauan halaman, bukan feed; bisa saja ada berita yang terlewat atau halaman bukan artikel yang ikut tersimpan.</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Berlangganan</translation>
    </message>
    <message>
        <source>Site or feed address</source>
        <translation>Alamat situs atau feed</translation>
    </message>
    <message>
        <source>https://www.example.com/ or a feed&apos;s address</source>
        <translation>https://www.example.com/ atau alamat feed</translation>
    </message>
    <message>
        <source>&amp;Find Feeds</source>
        <translation>&amp;Cari Feed</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>No folder</source>
        <translation>Tanpa folder</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Paste a site&apos;s address: Kliping finds its feeds.</source>
        <translation>Tempel alamat situs: Kliping akan mencari feed-nya.</translation>
    </message>
    <message>
        <source>Feeds found</source>
        <translation>Feed yang ditemukan</translation>
    </message>
    <message>
        <source>The feed carries whole articles (fetch no pages)</source>
        <translation>Feed memuat artikel utuh (jangan ambil halaman)</translation>
    </message>
    <message>
        <source>&amp;Watch This Page</source>
        <translation>&amp;Pantau Halaman Ini</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Berlangganan</translation>
    </message>
    <message>
        <source>Looking for feeds at {url}…</source>
        <translation>Mencari feed di {url}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feeds found; tick the ones to subscribe to.</source>
        <translation>
            <numerusform>%Ln feed ditemukan; centang yang ingin dilanggan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found this feed:</source>
        <translation>Feed ini ditemukan:</translation>
    </message>
    <message numerus="yes">
        <source>{title}  —  %Ln items, {format}</source>
        <translation>
            <numerusform>{title}  —  %Ln entri, {format}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tags to add</source>
        <translation>Tag yang ditambahkan</translation>
    </message>
    <message>
        <source>Tags to add, separated by commas</source>
        <translation>Tag yang ditambahkan, pisahkan dengan koma</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Tambah:</translation>
    </message>
    <message>
        <source>Untick a tag to remove it:</source>
        <translation>Hapus centang tag untuk melepasnya:</translation>
    </message>
</context>
</TS>
