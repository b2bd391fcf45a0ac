"""Label lexicons of the chrome filter, in many languages (data only, no logic).

Each pattern names one kind of site chrome by the words sites use for it: "read also"
labels, section headings of link lists, photo credits, bylines, tag lists, advertisement
labels, comment counters, cookie notices, promos, paywall teasers, interface labels,
affiliate disclosures, date/meta lines and share-bar words. Add a language by adding its
words; keep every pattern anchored or short-block-only (see :mod:`.chrome`). The quick
search the long ones run through is :mod:`.prefilter`.
"""

from __future__ import annotations

import re

from reader.core.extract.labels import COLON_LABELS, READ_ALSO, RELATED_HEADINGS, SECTIONS, alt
from reader.core.extract.prefilter import Prefiltered

#: Blocks longer than this (in words; CJK characters count as half a word) are article
#: prose whatever labels they contain: chrome blocks are short.
SHORT_WORDS = 40


SECTION_HEADINGS = READ_ALSO + "|" + SECTIONS

_LABEL_END = r"\s*(?:[:：»›>|\-–—】」］]|$)"
RE_READ_ALSO = re.compile(
    rf"^\W{{0,3}}(?:(?:{READ_ALSO}){_LABEL_END}|(?:{COLON_LABELS})\s*[:：])", re.I
)
RE_SECTION_HEADING = re.compile(rf"^\W{{0,3}}(?:{SECTION_HEADINGS})\W{{0,3}}$", re.I)
# "More from CFR", "Mehr von SPIEGEL": the heading of the site's own teasers.
RE_MORE_FROM = re.compile(
    r"^\W{0,3}(?:more (?:from|by|stories from|articles from|posts from)|most read in|more ap|"
    r"other (?:stories|articles|posts) (?:from|by)|mehr (?:von|aus)|weitere artikel (?:von|aus)|"
    r"plus d'articles (?:de|d')|más (?:artículos|noticias) de|mais (?:artigos|notícias) de|"
    r"más sobre|mais sobre|mehr über|lainnya dari|artikel lain dari|"
    r"другие (?:статьи|материалы|новости)) [^.!?\n]{1,40}$",
    re.I,
)
# Headings that end the article when nothing but their section follows them: the site's
# teasers, about and follow boxes, comments (not "Baca juga" / "Don't miss", which label one
# teaser in the middle of the text, nor "See also", whose list may be the article's).
RE_TAIL_LABEL = re.compile(
    r"^\W{0,3}(?:" + SECTIONS + "|" + alt(*RELATED_HEADINGS) + r")\W{0,3}$",
    re.I,
)

RE_CREDIT = re.compile(
    r"^\W{0,2}(?:kredit foto|foto|fotografer|photo|photos|photograph|photo credit|image|"
    r"image credit|"
    r"image source|picture|pictures|credit|credits|source|bild|bildquelle|quelle|фото|фотография|"
    r"источник|fuente|foto de|crédit photo|crédits|crédit|fonte|foto di|immagine|afbeelding|"
    r"zdjęcie|fotoğraf|görsel|图片来源|图片|图源|摄影|写真|画像|撮影|사진|صورة|ảnh|illustration|"
    r"ilustrasi|sumber foto|sumber|ภาพ|ที่มาภาพ|ที่มา)\s*(?:[:：©]|by\b|von\b|de\b|di\b)"
    # Korean writes "사진=연합뉴스"; Thai thanks its source ("ขอบคุณภาพจาก …")
    r"|^\W{0,2}(?:사진|자료사진|그래픽|영상)\s*=|^ขอบคุณ(?:ภาพ|ข้อมูล|คลิป)",
    re.I,
)
# The reporters and editors a story credits at its end: "Reporting by Rodrigo Campos;
# Editing by Nick Zieminski", "Keith Bradsher contributed reporting from Hong Kong."
RE_CONTRIBUTORS = re.compile(
    r"\W{0,2}(?:(?:with )?(?:additional )?reporting by|(?:writing|editing) by|"
    r"con información de|mit material von)\b|\W{0,2}avec (?:l'|l’)?afp\W*$",
    re.I,
)
#: (Anywhere in a short block; it runs on blocks that say "contributed".)
RE_CONTRIBUTED = re.compile(
    r"\b(?:also )?contributed (?:reporting|to this (?:report|story|article))\b"
)
RE_CREDIT_TAIL = re.compile(
    r"\s*(?:\(|\[|（|［|【)?\s*(?:kredit foto|photo credit|image credit|crédit photo|foto|photo|"
    r"fotos|bild|фото|图片来源|图片|写真|撮影|사진|credit|credits|source|quelle|fuente|fonte|"
    r"image|images|picture|illustration|photograph|photography|kredit|sumber|ภาพ|ที่มาภาพ)"
    r"\s*[:：©].*$"
    r"|\s*(?:사진|자료사진|그래픽)\s*=.*$"
    r"|\s*\((?:photo|image|foto|bild|фото)[^()]{0,60}\)\s*$"
    r"|\s*(?:photo|image|photograph|illustration)s? (?:by|courtesy of|courtesy)\b.*$"
    r"|\s*(?:©|\(c\)|copyright)\s*\S.*$",
    re.I,
)

RE_BYLINE = re.compile(
    r"^\W{0,2}(?:ผู้เขียน|ผู้สื่อข่าว|editor|penulis|reporter|pewarta|redaktur|penyunting|kontributor|oleh|writer|"
    r"written by|words by|by|edited by|reporting by|text|texto|von|autor|autorin|redaktion|"
    r"redakteur|редактор|автор|текст|корреспондент|por|editado por|redacción|par|édité par|"
    r"rédaction|de|di|a cura di|door|redactie|yazar|editör|muhabir|tekst|redakcja|"
    r"责任编辑|编辑|记者|作者|來源|来源|編集|記者|文|기자|편집|المحرر|بقلم|biên tập)"
    r"\s*[:：|・]?\s*(.+)$",
    re.I,
)
# A Korean reporter line: the name, the title, perhaps the e-mail ("김민준 기자 kim@…").
RE_REPORTER_LINE = re.compile(
    r"^\W{0,2}([가-힣]{2,4})\s?(?:기자|특파원|통신원|객원기자|선임기자)(?:\s+[\w.+-]+@[\w.-]+)?\W{0,2}$"
)

RE_TAGS = re.compile(
    r"^\W{0,2}(?:tags?|topics?|tagged|filed under|kata kunci|topik|schlagwörter|schlagworte|themen|"
    r"теги|метки|темы|etiquetas|temas|mots-clés|mots clés|thèmes|argomenti|tag|trefwoorden|"
    r"etiketler|tagi|标签|关键词|標籤|キーワード|タグ|태그|الوسوم|كلمات مفتاحية)"
    r"(?:\s*[:：]|[ \t]*\n)",
    re.I,
)

RE_AD = re.compile(
    r"^\W{0,3}(?:advertisement|advertisements|advertising|ad|ads|sponsored|sponsored content|"
    r"promoted|promotion|iklan|anzeige|werbung|реклама|publicidad|publicité|publicidade|"
    r"pubblicità|advertentie|reklam|reklama|广告|廣告|広告|スポンサーリンク|광고|إعلان|quảng cáo)"
    r"(?:\s*[-–—:]?\s*(?:scroll to continue|continue reading below|story continues below|"
    r"content continues below|lanjutkan membaca|lanjut baca|"
    r"weiterlesen nach der anzeige))?\W{0,3}$",
    re.I,
)

# A comment counter or a comments heading: the whole block (use with .match).
RE_COMMENTS_LINE = re.compile(
    r"^\W{0,2}\(?\d+\)?\s*(?:comments?|komentar|kommentare?|комментари\w*|comentarios?|"
    r"commentaires?|comentários?|commenti|reacties|reactions?|réactions?|replies|yorum|"
    r"komentarzy|条评论|則留言|件のコメント|개의 댓글|تعليق)\W{0,2}$"
    r"|^\W{0,2}(?:comments?|komentar|kommentare|комментарии|comentarios|commentaires|comentários|"
    r"commenti|评论|留言|コメント|댓글)\s*[\(\[（]?\d*[\)\]）]?\W{0,2}$"
    # "No comments yet", "Keine Kommentare": the empty comment box
    r"|^\W{0,2}(?:no comments(?: yet)?|(?:noch )?keine kommentare(?: vorhanden)?|"
    r"aucun commentaire|pas de commentaires?|sin comentarios|no hay comentarios|sem comentários|"
    r"nessun commento|geen reacties|brak komentarzy|нет комментариев)\W{0,2}$",
    re.I,
)
# Calls to join the discussion, anywhere in a short block.
RE_COMMENTS_CALL = re.compile(
    r"leave a (?:comment|reply)|log in to (?:comment|reply)|to comment|to post a comment|"
    r"be the first to comment|join the conversation|show comments|view comments|"
    r"jadilah yang pertama berkomentar|tulis komentar|diskutieren sie mit|"
    r"noch keine kommentare|schreiben sie den ersten kommentar|"
    r"kommentar verfassen|um (?:\S+ ){1,8}(?:zu kommentieren|kommentieren zu können)|"
    r"there are no comments|no comments yet|soyez le premier à commenter|"
    r"um einen kommentar zu (?:hinterlassen|schreiben|verfassen)|nicht eingeloggt|"
    r"you are not logged in|vous n'êtes pas connecté|no has iniciado sesión|"
    r"sé el primero en comentar|seja o primeiro a comentar|sii il primo a commentare|"
    r"чтобы оставить комментарий|оставить комментарий|комментариев пока нет|"
    r"inicia sesión para comentar|deja (?:tu|un) comentario|connectez-vous pour commenter|"
    r"réagissez à cet article|deixe (?:seu|um) comentário|faça login para comentar|"
    r"lascia un commento|accedi per commentare|登录后参与讨论|发表评论|条评论|"
    r"コメントを書く|ログインしてコメント|댓글을 남겨|yorum yap|"
    # a recipe blog's call to rate it: "Did you make this recipe? Leave a star rating"
    r"leave a (?:star |5[- ]star )?rating|rate this recipe|"
    r"did you make (?:this|one of my|my|any of my) recipes?|"
    r"did you try (?:this|one of my|my|any of my) recipes?|"
    r"hinterlasse (?:eine|gerne eine) bewertung|haben sie (?:das|dieses) rezept "
    r"(?:nachgekocht|ausprobiert)|deja tu valoración|deja una valoración|laissez une note|"
    r"sudah coba resep ini|sudah mencoba resep ini",
    re.I,
)

RE_COOKIE = re.compile(r"cookie|куки|クッキー|쿠키|كوكي", re.I)
RE_COOKIE_CONTEXT = re.compile(
    r"we use|this (?:site|website)|our (?:site|website)|consent|accept|agree|privacy|"
    r"kami menggunakan|situs|wir verwenden|webseite|website|zustimm|мы используем|сайт|"
    r"utilizamos|usamos|acept|nous utilisons|accept|utilizza|sito|使用|同意|サイト|사용|"
    r"verwendet|continu",
    re.I,
)

_SOCIAL = (
    r"(?:facebook|twitter|instagram|youtube|tiktok|linkedin|threads|bluesky|flipboard|"
    r"pinterest|mastodon|snapchat|whatsapp|telegram)\b"
)

RE_PROMO = re.compile(
    r"follow (?:us|kami)|ikuti (?:kami|kanal|saluran|berita)|google news|"
    r"get updates from this (?:writer|author)|get email updates from this (?:writer|author)|"
    r"funded by readers like you|supported by readers like you|"
    # "Follow Newsbeat on Instagram, Facebook …", "Follow @BGRDeals on Twitter"
    rf"follow @\w|follow (?:[\w@.'’&-]+ ){{1,6}}on {_SOCIAL}|"
    rf"folgen sie (?:[\w@.'’&-]+ ){{1,6}}auf {_SOCIAL}|"
    rf"suivez(?:-| )(?:[\w@.'’&-]+ ){{1,6}}sur {_SOCIAL}|"
    # a writer's contact line: "Amy Kuperinsky may be reached at akuperinsky@…"
    r"may be reached at [\w.+-]+@|can be reached at [\w.+-]+@|"
    r"may be contacted at [\w.+-]+@|can be contacted at [\w.+-]+@|"
    r"sign up (?:for|to) (?:our|the)|subscribe to (?:our|the)|our newsletter|the newsletter|"
    r"get the .{0,40}\bapp\b|download (?:the|our) .{0,30}app|unduh aplikasi|download aplikasi|"
    r"gabung (?:ke )?(?:channel|grup|saluran)|berlangganan|"
    r"share (?:it|this (?:story|article|post)) with (?:a friend|your friends)|"
    # the publisher's other channels and offers: "Follow AP's full coverage of Brexit at …",
    # "Listen to Newsbeat live at 12:45", "12 issues for £11.99"
    r"follow (?:ap|reuters|afp)['’]s (?:full )?coverage|full coverage of .{0,40} at https?:|"
    r"more ap [\w ]{1,20}: https?:|listen to .{0,30} live at|listen back here|issues for [£$€]\d|"
    r"delivered (?:through|to) your letterbox|"
    r"newsletter\s*[?:：]|newsletters?\W{0,3}$|newsletter (?:was )?forwarded|"
    r"newsletter (?:sign ?up|abonnieren|anmelden|inscription)|"
    r"folgen sie uns|jetzt abonnieren|app herunterladen|"
    r"подписывайтесь|подпишитесь|наш канал|скачайте приложение|"
    r"síguenos|suscríbete|suscribirse a|descarga la app|boletín|"
    r"suivez-nous|abonnez-vous|inscrivez-vous|téléchargez l'application|"
    r"siga (?:a |o |nos|-nos)|assine (?:a|nossa)|baixe o app|"
    r"seguici su|iscriviti|scarica l'app|volg ons|schrijf je in|"
    r"bizi takip edin|abone ol|obserwuj nas|zapisz się|"
    r"关注.{0,12}(?:公众号|微信|微博)|订阅|下载.{0,10}客户端|下载.{0,10}app|打开.{0,12}app|"
    r"尽在.{0,12}app|扫一扫|扫描二维码|"
    r"フォローして|ニュースレター|アプリをダウンロード|アプリで読む|アプリなら|今すぐダウンロード|"
    r"구독|팔로우|제보는 카카오톡|카카오톡 채널|앱에서 보기|앱으로 보기|"
    r"ดาวน์โหลด|แอปพลิเคชัน|กดติดตาม|ติดตามข่าวสาร|"
    r"تابعونا|اشترك|"
    r"whatsapp channel|telegram channel|on telegram|on whatsapp|canal de whatsapp|"
    r"in telegram|в telegram|в телеграм|"
    # inbox and notification calls to action
    # (spelt out so that each alternative starts with a phrase: the quick check looks for
    # these literals first, and "get" or "sent" would send it to the pattern everywhere)
    r"straight to your inbox|directly to your inbox|right to your inbox|"
    r"delivered to your inbox|sent to your inbox|"
    r"receive notifications|receive push notifications|get notifications|"
    r"get push notifications|turn on notifications|turn on push notifications|"
    r"get the latest (?:news|updates|stories)|"
    r"join the .{0,30}(?:group|community|channel|discord|server)\b|"
    r"join our .{0,30}(?:group|community|channel|discord|server)\b|spread the word|"
    r"direkt in ihr postfach|dans votre boîte (?:mail|de réception)|"
    r"en tu (?:bandeja|correo)|langsung (?:ke|di) (?:email|inbox|kotak masuk)|"
    r"на почту|на вашу почту|"
    # an advertiser's offer: its fine print and calls to action (a price cut alone is not
    # one: deals articles are made of them)
    r"terms apply|conditions apply|t&c apply|t&cs apply|syarat dan ketentuan berlaku|"
    r"s&k berlaku|"
    r"aplican (?:términos|condiciones)|offre soumise à conditions|es gelten (?:die )?agb|"
    r"free credits|ad credits|limited-time offer|limited time offer|"
    r"unlock (?:up to )?\d+ ?% off|"
    r"talk to (?:one of )?our .{0,40}experts|"
    r"get a free (?:quote|estimate|consultation|demo)|"
    r"get your free (?:quote|estimate|consultation|demo)",
    re.I,
)

RE_PAYWALL = re.compile(
    r"subscribe (?:now )?to (?:continue|read)|subscribers only|for subscribers|"
    r"already a subscriber|exclusive to .{0,30}(?:subscribers|members)|"
    r"this (?:article|content) is (?:for|reserved for|available to) (?:subscribers|members)|"
    r"khusus pelanggan|sie möchten weiterlesen|jetzt weiterlesen|nur für abonnenten|"
    r"только для подписчиков|exclusivo para (?:suscriptores|assinantes)|para suscriptores|"
    r"réservé aux abonnés|riservato agli abbonati|alleen voor abonnees|"
    r"有料会員|会員限定|付费阅读|订阅后阅读|유료 회원|"
    # the offer that ends a paid post: "Become a paid subscriber to unlock this piece"
    r"become a (?:paid |premium )?(?:subscriber|member) (?:to|and) (?:unlock|read|continue|access)|"
    r"unlock (?:this|the full|the rest of (?:this|the)) (?:piece|article|post|story|essay)|"
    r"this (?:post|piece|story) is for (?:paid )?(?:subscribers|members)|"
    r"upgrade to (?:paid|premium) to (?:read|unlock|continue)|artikel (?:jetzt )?freischalten|"
    r"débloquez cet article|desbloquea (?:este|el) artículo|"
    # "to read on" offers and "already a subscriber?" in the languages above
    r"pour lire la suite|pour accéder en illimité|la suite est réservée|déjà abonné|"
    r"cet article est réservé|para seguir leyendo|para continuar leyendo|ya eres suscriptor|"
    r"ya soy suscriptor|para continuar lendo|já é assinante|já sou assinante|"
    r"per continuare a leggere|sei già abbonato|bereits abonnent|um den artikel "
    r"(?:weiter|vollständig|ganz) zu lesen",
    re.I,
)

# The consent line under a sign-up or contact form ("By entering your email, you agree to
# receive …"); it counts only next to RE_CONSENT_CONTEXT (what is agreed to).
RE_CONSENT = re.compile(
    r"by (?:entering|submitting|providing|signing up|subscribing|clicking|registering|"
    r"continuing)\b.{0,80}\byou (?:agree|consent|accept|acknowledge)|"
    r"i (?:agree|consent) (?:that|to)\b|you agree to (?:receive|receiving|our|the)\b|"
    r"dengan (?:mendaftar|berlangganan|mengklik|mengirim)\b.{0,60}(?:menyetujui|setuju)|"
    r"mit (?:der|ihrer|dem) (?:anmeldung|registrierung|eingabe|absenden|klick)\b.{0,80}"
    r"(?:stimmen sie|akzeptieren sie|willigen sie)|ich (?:willige|stimme)\b.{0,60}\b(?:ein|zu)\b|"
    r"нажимая (?:на )?(?:кнопку|«).{0,80}вы "
    r"(?:соглашаетесь|принимаете|даёте согласие|даете согласие)|"
    r"al (?:suscribirte|registrarte|enviar|hacer clic)\b.{0,80}(?:aceptas|acepta|consientes)|"
    r"en (?:vous inscrivant|cliquant|soumettant|validant)\b.{0,80}vous (?:acceptez|consentez)|"
    r"ao (?:se inscrever|clicar|enviar|assinar)\b.{0,80}(?:concorda|aceita)|"
    r"订阅即表示.{0,20}同意|点击.{0,20}即表示.{0,10}同意",
    re.I,
)
RE_CONSENT_CONTEXT = re.compile(
    r"e-?mail|newsletter|terms|privacy|policy|marketing|texts?\b|sms|calls?\b|contact|"
    r"datenschutz|nutzungsbedingungen|agb|newsletter|политик|конфиденциальн|рассылк|"
    r"privacidad|términos|condiciones|confidentialité|conditions|privacidade|termos|"
    r"kebijakan|privasi|syarat|隐私|条款|协议",
    re.I,
)

# A label that marks a teaser as paid-for: "… (Sponsored)", "Sponsored: …".
RE_SPONSORED = re.compile(
    r"[\(\[](?:sponsored|advertisement|paid post|anzeige|werbung|реклама|publicidad|"
    r"publicidade|pubblicità|patrocinado|publicité|sponsorisé|iklan|advertorial|广告|広告|pr)"
    r"[\)\]]\W{0,3}$|"
    r"^\W{0,3}(?:sponsored|advertisement|paid post|anzeige|werbung|реклама|publicidad|"
    r"publicidade|pubblicità|patrocinado|publicité|sponsorisé|iklan|advertorial)\s*[:|–—-]\s",
    re.I,
)

# Pagination of a split article: "Page 1 of 8".
RE_PAGINATION = re.compile(
    r"^\W{0,3}(?:page|halaman|seite|страница|página|pagina|pagine)\s+\d+\s*"
    r"(?:of|dari|von|из|de|sur|di|van|/)\s*\d+\W{0,3}$",
    re.I,
)

# A link to the article before or after this one: "Next article: Go Wins 2010 Award".
RE_ADJACENT = re.compile(
    r"^\W{0,3}(?:(?:next|previous|prev|older|newer) (?:article|post|story|entry)|"
    r"artikel (?:selanjutnya|sebelumnya)|(?:nächster|vorheriger) (?:artikel|beitrag)|"
    r"(?:следующая|предыдущая) (?:статья|запись)|(?:artículo|entrada) (?:siguiente|anterior)|"
    r"(?:article|billet) (?:suivant|précédent)|(?:próximo|artigo anterior|post anterior)|"
    r"上一篇|下一篇)\s*[:：»›]",
    re.I,
)

# Interface labels: a block that is nothing but one of these is a button or a menu item.
RE_UI_LABEL = re.compile(
    r"^\W{0,3}(?:sign up|sign in|sign out|log ?in|log out|register|subscribe(?: now| to us)?|"
    r"(?:here['’]s (?:the|how to) )?unsubscribe(?: here)?|manage (?:your )?subscriptions?|"
    r"newsletter abbestellen|se désabonner|darse de baja|berhenti berlangganan|отписаться|"
    r"home|blog|blogs|back(?: to)?(?: top| blog| blogs| articles| news| home)?|search|search\W*|"
    r"table of contents|contents|on this page|in this article|jump to(?: the)? \w+|newsletters?|"
    r"privacy(?: policy)?|terms(?: (?:&|and) conditions| of (?:use|service))?|"
    r"cookie (?:policy|settings)|"
    r"copyright|all rights reserved|apply now|book a demo|request a (?:quote|demo)|get started"
    r"(?: today| now| for free)?|learn more|read more|show more|load more|see more|view all|"
    r"see all|pin (?:it )?for later|save (?:it |this )?for later|subscribe to this (?:site|blog)|"
    r"more|contact(?: us)?|about(?: us)?|menu|skip to (?:main )?content|close|next|previous|"
    r"next (?:article|post|story)|previous (?:article|post|story)|older posts?|newer posts?|"
    r"print|tags?|categories|category|share your story|advertiser disclosure|advertising policy|"
    r"download|try (?:it )?(?:for )?free|free trial|buy now|shop now|order now|donate|"
    r"masuk|daftar|beranda|cari|berlangganan|lanjut|selanjutnya|sebelumnya|kembali|"
    r"anmelden|registrieren|startseite|suche|inhaltsverzeichnis|zurück|weiter|mehr|"
    # "Print" in other languages, alone or with what it prints ("Tipp drucken")
    r"(?:[\w-]+ )?(?:drucken|ausdrucken)|imprimer|imprimir|stampa|afdrukken|drukuj|печать|"
    r"войти|регистрация|главная|поиск|назад|далее|ещё|еще|"
    r"iniciar sesión|registrarse|inicio|buscar|siguiente|anterior|"
    r"connexion|s'inscrire|accueil|rechercher|suivant|précédent|sommaire|"
    r"entrar|cadastre-se|início|pesquisar|próximo|"
    r"accedi|registrati|cerca|successivo|precedente|indice|"
    r"inloggen|zoeken|volgende|vorige|giriş|ara|zaloguj|szukaj|"
    r"登录|注册|首页|搜索|上一篇|下一篇|目录|返回|ログイン|ホーム|検索|次へ|前へ|目次|로그인|홈|검색|"
    r"تسجيل الدخول|الرئيسية|بحث)\W{0,3}$",
    re.I,
)

RE_DISCLOSURE = re.compile(
    r"affiliate (?:link|commission|program|marketer)|qualifying purchases|"
    r"(?:earn|receive|get) (?:a )?(?:small )?commission|advertiser disclosure|"
    r"(?:chosen|selected|picked) independently by our editors|"
    r"supported by (?:commissions|our readers)|"
    r"we may (?:earn|receive|get) (?:a )?(?:small )?(?:fee|commission|compensation)|"
    r"this (?:post|article|page) (?:may )?contains? affiliate|sponsored by|"
    r"partnerlinks?|werbelinks?|provisions-links|enlaces de afiliados|liens affiliés|"
    r"link di affiliazione|links? de afiliados",
    re.I,
)

# Messages of forms and widgets, and contact or copyright lines: never article prose.
RE_UI_MESSAGE = re.compile(
    r"^\W{0,3}(?:thanks? (?:you )?for (?:signing up|subscribing|your (?:feedback|interest|vote))|"
    r"thank you\W*$|keep an eye on your inbox|there was an error|an error (?:has )?occurred|"
    r"please try again|sorry\W*$|(?:order )?reprints?\b|print article|"
    r"this (?:article|story) (?:has been|was) sent|write to .{1,60}@|"
    r"e-?mail (?:the )?(?:author|reporter)|"
    r"contact (?:the )?(?:author|reporter|writer)|you (?:have|'ve) been subscribed|"
    r"you must be logged in|already have an account|don't have an account|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)\b.{0,60}$|"
    r"javascript is (?:disabled|required)|enable javascript|"
    # (not a bare address: "http://amzn.to/…" or "info@…" on a line of its own is the
    # text's, a link or a contact the article gives)
    # a contact line: "Email: school@example.com", "Phone: +1 615 682 4939"
    r"(?:e-?mail(?: address)?|phone(?: number)?|tel(?:ephone)?|fax|mobile|call us|telefon|"
    r"téléphone|teléfono|telepon|телефон)\s*[:：]\s*(?:[\w.+-]+@[\w-]+\.[\w.]+|"
    r"\+?[\d(][\d ()./-]{6,})\W{0,3}$|"
    # a newsletter's rating prompt: "How was this issue?"
    r"how (?:was|did you like|would you rate) (?:this|today['’]s|this week['’]s) "
    r"(?:issue|newsletter|edition|email)|"
    r"\d{4}-\d{2}-\d{2}t\d{2}:\d{2}\S*\s*$|"
    r"(?:copyright|©|\(c\))\s*(?:\d{4}|[a-z])|all rights reserved)",
    re.I,
)
# Reprint and licence notices, comment-moderation rules, and page-builder shortcodes left
# in the text ("[button link=…]"): site furniture of up to a few sentences.
RE_NOTICE = re.compile(
    # "no reproduction without permission" in Chinese, Japanese, Korean and Thai
    r"未经(?:授权|许可|允许|本网)|未經(?:授權|許可)|禁止转载|转载请注明|不得转载|版权声明|"
    r"無断転載|無断複製|무단\s?전재|무단\s?복제|재배포\s?금지|ห้ามคัดลอก|สงวนลิขสิทธิ์|"
    r"for your personal,? non-?commercial use only|for personal,? non-?commercial use|"
    r"nur für den privaten(?:,? nicht-?kommerziellen)? gebrauch|"
    r"para uso personal y no comercial|pour un usage personnel et non commercial|"
    r"comments? (?:are|will be) (?:moderated|reviewed)|moderating (?:all )?comments|"
    r"(?:comentários|comentarios|commentaires|kommentare|комментарии)\b.{0,100}"
    r"(?:moderador|modérateur|moderiert|модератор|freigabe|freigeschaltet)",
    re.I,
)
# A page-builder shortcode left in the text: "[button link=… ]".
RE_SHORTCODE = re.compile(r"^\[/?[a-z_]+(?:\s+[a-z_-]+=[^\]]*)+\]", re.I)
RE_COPYRIGHT = re.compile(
    r"©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|"
    r"tous droits réservés|todos los derechos|版权所有|無断転載",
    re.I,
)

# A paragraph that ends with a photo credit is a caption the first pass kept as text.
RE_CAPTION_END = re.compile(
    r"(?:^|[.!?)\]\s])\s*[\(\[]?(?:photo|photos|image|images|picture|foto|fotos|bild|credit|"
    r"credits|фото|source|kredit foto|crédit photo|crédit|photograph|illustration)\s*[:：]"
    r"\s*[^.!?:]{2,80}[\)\]]?\.?$"
    r"|(?:^|[.!?]\s)\s*(?:photo|photograph|image|illustration)s? (?:by|courtesy of|courtesy)\s"
    r"[^.!?]{2,80}\.?$"
    # "…装箱。图片来源：视觉中国", "…駅前（写真：北風新報）", "… 모습. 사진=한빛일보 DB"
    r"|(?:^|[.!?。！？\s])\s*[(（［【]?(?:图片来源|图源|摄影|写真|撮影|画像|사진|ภาพ|ที่มาภาพ)"
    r"\s*[:：=]\s*[^.!?:。！？]{2,40}[)）］】]?$",
    re.I,
)

# The wire agencies' caption, kept as a paragraph: "In this Dec. 12, 2006, file photo, made
# available by NASA, …", "FILE - In this Nov. 5 photo, …".
RE_WIRE_CAPTION = re.compile(
    r"^(?:file\s*[-–—]\s*)?in this [\w.,' ]{0,40}?\b(?:file )?(?:photo|photograph|image|picture)"
    r"(?: provided| released| made available| taken| shot|,)",
)

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januari|februari|maret|mei|juni|"
    r"juli|agustus|oktober|desember|januar|februar|märz|dezember|janvier|février|mars|avril|mai|"
    r"juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|"
    r"setembro|outubro|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
    r"ottobre|dicembre"
)
# A date followed by its author ("11/12/2025 by One Tree Planted").
_BY_NAME = r"\s+(?:by|oleh|von|par|por|di|door|от)\s+[^\n]{1,40}"
RE_META_LINE = re.compile(
    rf"^\W{{0,3}}(?:(?:posted|published|updated|last updated|modified|written|diterbitkan|"
    rf"diperbarui|dipublikasikan|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|"
    rf"actualizado|atualizado|pubblicato|aggiornato|опубликовано|обновлено|дата публикации|"
    rf"发布时间|发布日期|更新时间|更新日|公開日|投稿日)\b.{{0,80}}"
    rf"|(?:.{{0,60}}?\s)?\d+\s*(?:min(?:ute)?s?|menit|minuten|мин(?:ут[аы]?)?|minutos|minuti)\.?\s*(?:read|"
    rf"reading|baca|lesezeit|lesen|чтения|de lectura|de leitura|di lettura|lecture)"
    # "Tempo de leitura: 2 minutos", "Lesezeit: 4 Minuten"
    rf"|(?:reading time|lesezeit|tempo de leitura|tiempo de lectura|temps de lecture|"
    rf"tempo di lettura|время чтения|waktu baca)\s*[:：]?\s*\d+\s*\w*"
    # "Monday, 3 March 2025", "segunda-feira, 22 de janeiro de 2018 às 0:13", "3/11/2025 by X"
    rf"|(?:[\w-]+,?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?:{_MONTHS})\.?,?\s+(?:de\s+)?"
    rf"\d{{4}}(?:.{{0,20}}|{_BY_NAME})"
    rf"|(?:[\w-]+,?\s+)?(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}(?:.{{0,20}}|{_BY_NAME})"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:.{{0,12}}|{_BY_NAME})"
    rf"|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}(?:.{{0,12}}|{_BY_NAME})"
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日.{{0,12}}"
    # "最終更新:1/24(土) 18:05", "北風新報 1/24(土) 18:05 配信", "입력 2026.02.05 14:20"
    rf"|(?:最終更新|更新|입력|수정|업데이트|อัปเดต|เผยแพร่)\s*[:：]?\s*\d.{{0,30}}"
    rf"|.{{0,40}}\d{{1,2}}/\d{{1,2}}\s*[(（].[)）]\s*\d{{1,2}}:\d{{2}}\s*配信)$",
    re.I,
)

RE_SHARE_WORDS = re.compile(
    r"(?<!\w)(?:share(?: this(?: article| story| post)?| on)?|bagikan(?: artikel)?|"
    r"artikel teilen|teilen|"
    r"поделиться|compartir(?: en redes)?|partager(?: cet article)?|compartilhe|compartilhar|"
    r"condividi|delen|paylaş|udostępnij|مشاركة|分享(?:到)?|シェア(?:する)?|この記事をシェアする|공유|"
    r"facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|e-?mail|email|line|"
    r"threads|copy link|salin tautan|print|drucken|imprimer|mastodon|flipboard|vk|вконтакте|"
    r"weibo|微博|微信|wechat|tweet|pocket|messenger|bluesky|sms|qq空间|qq|"
    r"기사 공유하기|공유하기|카카오톡|카카오스토리|페이스북|url 복사|링크 복사|"
    r"แชร์(?:ข่าว)?|คัดลอกลิงก์|lineで送る|ポスト|ブックマーク|はてブ)(?!\w)",
    re.I,
)

RE_BREADCRUMB_SEP = re.compile(r"\s*[»›>/|]\s*")


# "newsletter" with a call to it, not any sentence that names one. Apart from RE_PROMO
# because its matches start at common words ("our", "get", "free"): it runs only on text
# that says "newsletter".
RE_NEWSLETTER_CALL = re.compile(
    r"(?:sign(?:ing)? ?up|subscrib\w*|join|get|receive|our|free|weekly|daily) .{0,40}newsletter"
)
# A sentence that tells the reader to sign up for a newsletter ("Sign up for Proof Points
# and other Hechinger newsletters."), at the end of a note of up to LONG_CALL_WORDS words.
RE_NEWSLETTER_SIGNUP = re.compile(
    r"(?:^|[.!?]\s+)\W{0,3}(?:sign up|subscribe|join|register|abonnieren sie|melden sie sich|"
    r"inscrivez-vous|abonnez-vous|suscríbete|suscríbase|inscríbete|daftar|berlangganan|"
    r"подпишитесь)\b[^.!?]{0,60}(?:newsletter|boletín|рассылк)",
    re.I,
)
#: Words up to which a block with a reader call (RE_NEWSLETTER_SIGNUP, RE_SUPPORT_CALL)
#: is such a note: longer, the call closes a paragraph of the article's own.
LONG_CALL_WORDS = 60
# The publisher's appeal after the article: "If you liked this article, please consider
# sharing it", "please consider supporting us".
RE_SUPPORT_CALL = re.compile(
    # (each alternative starts with a phrase, not "if you" or "si": the quick check looks
    # for these literals first, and common ones would send it to the pattern everywhere)
    r"if you liked (?:this|the|my) (?:article|post|story|piece|newsletter|issue)|"
    r"if you enjoyed (?:this|the|my) (?:article|post|story|piece|newsletter|issue)|"
    r"please consider (?:liking|sharing|subscribing|supporting|donating|"
    r"becoming a (?:member|patron|subscriber))|"
    r"wenn ihnen (?:dieser|der) (?:artikel|beitrag) gefallen hat|"
    r"wenn dir (?:dieser|der) (?:artikel|beitrag) gefallen hat|"
    r"si vous avez aimé (?:cet|cette|ce)|si cet article vous a plu|"
    r"si te ha gustado (?:este|el) (?:artículo|post)|si te gustó (?:este|el) (?:artículo|post)|"
    r"jika anda (?:suka|menyukai) (?:artikel|tulisan) ini|"
    r"jika kamu (?:suka|menyukai) (?:artikel|tulisan) ini|"
    r"если вам понравилась (?:эта )?статья|"
    # a call to pay for or join the publication
    r"if you enjoyed reading|if you liked reading|support (?:our|independent) journalism|"
    r"become a (?:member|supporter|patron) today|become a (?:paying )?supporter\b|"
    r"hazte (?:miembro|socio|suscriptor)|apoya (?:nuestro|el) periodismo|"
    r"únete a (?:nuestro|nuestra) (?:canal|comunidad|grupo)|"
    r"unterstütze uns\b|unterstützen sie uns\b|unterstützen sie (?:unseren|unsere|den) "
    r"(?:journalismus|arbeit)|werden sie mitglied|werde mitglied|"
    r"soutenez-nous\b|soutenez (?:notre|le) journalisme|devenez membre|"
    r"apoie o (?:nosso )?jornalismo|torne-se (?:membro|assinante)|seja (?:membro|assinante)|"
    r"sostienici\b|sostieni il (?:nostro )?giornalismo|"
    r"zapraszamy (?:też |także )?do subskrypcji|wesprzyj nas\b|"
    r"canal de telegram|tenemos canal de|kanał na telegramie",
    re.I,
)
CONSENT = Prefiltered(RE_CONSENT)
PAYWALL = Prefiltered(RE_PAYWALL)
DISCLOSURE = Prefiltered(RE_DISCLOSURE)
COMMENTS_CALL = Prefiltered(RE_COMMENTS_CALL)
COOKIE = Prefiltered(RE_COOKIE)
NOTICE = Prefiltered(RE_NOTICE)
SUPPORT_CALL = Prefiltered(RE_SUPPORT_CALL)
# the promotions and the appeals for support, in one quick check
PROMO = Prefiltered(re.compile(f"{RE_PROMO.pattern}|{RE_SUPPORT_CALL.pattern}", re.I))
