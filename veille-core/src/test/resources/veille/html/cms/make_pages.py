#!/usr/bin/env python3
"""Writes the CMS page corpus: one HTML page per invented article, in the layout of a common news CMS, and
expected.tsv with what a careful reader takes from each page.

Written by the Veille project (Apache-2.0). The articles (articles.py) are invented; the layouts imitate the
markup of WordPress themes with Yoast, Arc Publishing (Fusion), Drupal 7 and 9, Joomla 4, Ghost, Next.js, AMP and
bespoke state-media and newspaper templates, with what makes real pages hard: heavy heads, cookie banners, share
bars, captions, related-article lists and comments carrying other dates and names, UTC machine dates, site names
in titles, desks and agencies in bylines, broken JSON-LD.

Run from this folder: python3 make_pages.py   (the pages are committed; edit this script, not the pages)

It also writes the copies of the BUNDLED pages in samples/html at the repository root (the HTML pages
bin/veille demo analyses), and removes any other page there: this script is their one source.
"""
import html
import json
import os
import re
import zlib
from datetime import datetime, timezone, timedelta

from articles import ARTICLES

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
INVENTED = "<!-- Invented page written by the Veille project for tests (Apache-2.0): not an article of any real outlet. -->"


def crc(s):
    """A stable number for ids in markup (Python's hash() changes between runs)."""
    return zlib.crc32(s.encode("utf-8"))


def e(s):
    return html.escape(s, quote=True)


def dt(s):
    return datetime.fromisoformat(s) if s else None


def fr_date(d):
    return f"{d.day}{'er' if d.day == 1 else ''} {MONTHS[d.month - 1]} {d.year}"


def fr_date_time(d):
    return f"{fr_date(d)} à {d.hour:02d}h{d.minute:02d}"


def fr_weekday_date(d):
    return f"{WEEKDAYS[d.weekday()]} {fr_date(d)}"


def num_date(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def short_date(d):
    return f"{d.day} {MONTHS_SHORT[d.month - 1]} {d.year}"


def iso(d):
    return d.isoformat()


def utc(d, millis=False):
    u = d.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".000" if millis else "") + "Z"


def plain(s):
    """The text a reader gets from a paragraph's markup."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", s))).strip()


def slug(s):
    s = s.lower()
    for a, b in [("é", "e"), ("è", "e"), ("ê", "e"), ("à", "a"), ("â", "a"), ("ç", "c"), ("ô", "o"), ("î", "i"),
                 ("ï", "i"), ("û", "u"), ("ù", "u"), ("œ", "oe"), ("'", "-"), ("’", "-")]:
        s = s.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:80]


def paras_html(a, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{e(p)}</p>" for p in a["paras"])


# ---------------------------------------------------------------------------------------------- boilerplate

def heavy_head_assets(site_host, n_css=4):
    css = "\n".join(f'<link rel="stylesheet" id="style-{i}-css" href="https://{site_host}/wp-content/cache/min/1/'
                    f'css/style-{i}.min.css?ver=1.{i}.{n_css}" media="all">' for i in range(n_css))
    return f"""<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link rel="dns-prefetch" href="//www.googletagmanager.com">
<link rel="preload" href="https://{site_host}/assets/fonts/source-serif-pro.woff2" as="font" type="font/woff2" crossorigin>
{css}
<style id="critical-css">:root{{--brand:#b3121f;--text:#1b1b1b}}body{{margin:0;font-family:Georgia,serif;color:var(--text)}}
.site-header{{display:flex;align-items:center}}.cookie-banner{{position:fixed;bottom:0}}.visually-hidden{{position:absolute;clip:rect(0 0 0 0)}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-XXXXXXX',{{'anonymize_ip':true}});</script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
<script>var _sf_async_config={{uid:00000,domain:'{site_host}',useCanonical:true}};/* analytics stub, date 2019-01-01 */</script>
<link rel="icon" href="https://{site_host}/favicon-32x32.png" sizes="32x32">
<link rel="apple-touch-icon" href="https://{site_host}/apple-touch-icon.png">
<link rel="alternate" type="application/rss+xml" title="Flux RSS" href="https://{site_host}/feed/">"""


def cookie_banner(site_name):
    return f"""<div id="cookie-notice" class="cookie-banner cn-position-bottom" role="dialog" aria-label="Cookies">
<div class="cookie-notice-container"><span id="cn-notice-text">{e(site_name)} et ses partenaires utilisent des cookies pour mesurer l'audience et personnaliser les contenus. Consentement valable 13 mois, mis à jour le 2 janvier 2023.</span>
<a href="#" id="cn-accept-cookie" class="cn-set-cookie cn-button">Accepter</a> <a href="#" class="cn-set-cookie cn-button">Refuser</a> <a href="/cookies/" class="cn-more-info">Paramétrer</a></div></div>"""


def share_bar():
    return """<div class="share-buttons sharedaddy sd-sharing-enabled"><h3 class="sd-title">Partager :</h3><ul>
<li><a class="share-facebook" href="#" title="Partager sur Facebook">Facebook</a></li><li><a class="share-twitter" href="#" title="Partager sur X">X</a></li>
<li><a class="share-whatsapp" href="#">WhatsApp</a></li><li><a class="share-email" href="#">E-mail</a></li><li><a class="share-print" href="#">Imprimer</a></li></ul></div>"""


RELATED = [
    ("Le Nigeria et le Bénin relancent la coopération douanière", "Aminata Koné", "2023-08-14T09:00:00+01:00"),
    ("Sommet de l'OCS : ce qu'il faut retenir de la déclaration finale", "Pierre Garnier", "2023-07-05T18:30:00+02:00"),
    ("Le Brésil et l'Argentine discutent d'une monnaie commune pour le commerce", "Lucas Pereira", "2023-01-23T11:15:00-03:00"),
    ("La Jordanie appelle à une conférence régionale sur l'eau", "Rania Saleh", "2023-06-02T13:45:00+03:00"),
]


def related_list(cls="related-posts", heading="À lire aussi", with_authors=True, with_time=True):
    items = []
    for title, author, when in RELATED:
        d = dt(when)
        meta = ""
        if with_authors:
            meta += f'<span class="author">Par {e(author)}</span> '
        if with_time:
            meta += f'<time class="entry-date published" datetime="{iso(d)}">{fr_date(d)}</time>'
        items.append(f'<li class="related-item"><a href="/{slug(title)}/">{e(title)}</a><div class="meta">{meta}</div></li>')
    return f'<section class="{cls}"><h2 class="related-title">{heading}</h2><ul>' + "".join(items) + "</ul></section>"


def comments(a):
    d = dt(a["published"]) if a["published"] else datetime(2023, 9, 19, 12, 0)
    later = d + timedelta(days=1, hours=3)
    return f"""<div id="comments" class="comments-area"><h2 class="comments-title">3 commentaires</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Marc Lefort</b> <span class="says">dit :</span></div>
<div class="comment-metadata"><time datetime="{iso(later)}">Publié le {fr_date_time(later)}</time></div></footer>
<div class="comment-content"><p>Par Marc Lefort : enfin une bonne nouvelle pour la région, espérons que cela dure.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Sabine Roux</b></div>
<div class="comment-metadata"><time datetime="{iso(later + timedelta(hours=2))}">{fr_date(later)}</time></div></footer>
<div class="comment-content"><p>Article intéressant mais il manque le point de vue des populations concernées.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Laisser un commentaire</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée.</p>
<p class="comment-form-comment"><label for="comment">Commentaire</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Publier le commentaire"></p></form></div></div>"""


def newsletter(site_name):
    return f"""<div class="newsletter-box"><h3>La lettre de {e(site_name)}</h3><p>Chaque matin, l'essentiel de l'actualité internationale.</p>
<form class="newsletter-form"><input type="email" placeholder="Votre e-mail"><button type="submit">S'inscrire</button></form></div>"""


def site_footer(site_name, year=2024, extra=""):
    return f"""<footer id="colophon" class="site-footer"><div class="footer-widgets"><ul class="footer-menu">
<li><a href="/mentions-legales/">Mentions légales</a></li><li><a href="/contact/">Contact</a></li><li><a href="/publicite/">Publicité</a></li><li><a href="/cgu/">CGU</a></li></ul></div>
<div class="site-info">© {year} {e(site_name)}. Tous droits réservés. {extra}</div></footer>"""


def figure(a, cls="wp-block-image", credit="AFP"):
    d = dt(a["published"]) if a["published"] else datetime(2023, 9, 10)
    earlier = d - timedelta(days=12)
    return f"""<figure class="{cls}"><img src="https://img.example.org/{slug(a['headline'] or a['id'])}.jpg" alt="Photo d'illustration, {fr_date(earlier)}" width="1200" height="675">
<figcaption class="wp-element-caption">Une réunion précédente, le {fr_date(earlier)}. Photo : {credit}</figcaption></figure>"""


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + "</script>"


def person(name, host):
    return {"@type": "Person", "name": name, "url": f"https://{host}/auteur/{slug(name)}/"}


# ---------------------------------------------------------------------------------------------- WordPress

def wp_head_meta(a, s, url, og_title, author_meta, pub, mod, extra=""):
    tags = "".join(f'<meta property="article:tag" content="{e(t)}">\n' for t in a["tags"])
    mod_meta = f'<meta property="article:modified_time" content="{iso(mod)}">\n' if mod else ""
    return f"""<title>{e(a['headline'])} - {e(s['name'])}</title>
<meta name="description" content="{e(a['standfirst'] or plain(a['paras'][0])[:150])}">
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<link rel="canonical" href="{url}">
<meta property="og:locale" content="fr_FR">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(og_title)}">
<meta property="og:description" content="{e(a['standfirst'] or plain(a['paras'][0])[:150])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{e(s['name'])}">
<meta property="article:publisher" content="https://www.facebook.com/{slug(s['name'])}">
<meta property="article:section" content="{e(a['section'])}">
{tags}<meta property="article:published_time" content="{iso(pub)}">
{mod_meta}<meta property="og:image" content="https://{s['host']}/wp-content/uploads/{pub.year}/{pub.month:02d}/photo-1200x675.jpg">
<meta property="og:image:width" content="1200"><meta property="og:image:height" content="675">
<meta name="author" content="{e(author_meta)}">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Écrit par"><meta name="twitter:data1" content="{e(author_meta)}">
<meta name="twitter:label2" content="Durée de lecture estimée"><meta name="twitter:data2" content="3 minutes">
{extra}"""


def yoast_graph(a, s, url, author_name, pub, mod, article_type="Article"):
    host = s["host"]
    pid = f"https://{host}/#/schema/person/{crc(author_name) % 10**12:012d}"
    return {"@context": "https://schema.org", "@graph": [
        {"@type": article_type, "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": author_name, "@id": pid}, "headline": a["headline"], "datePublished": iso(pub),
         "dateModified": iso(mod or pub), "mainEntityOfPage": {"@id": url}, "wordCount": 420, "commentCount": 2,
         "publisher": {"@id": f"https://{host}/#organization"}, "image": {"@id": url + "#primaryimage"},
         "keywords": a["tags"], "articleSection": [a["section"]], "inLanguage": "fr-FR",
         "potentialAction": [{"@type": "CommentAction", "name": "Comment", "target": [url + "#respond"]}]},
        {"@type": "WebPage", "@id": url, "url": url, "name": f"{a['headline']} - {s['name']}",
         "isPartOf": {"@id": f"https://{host}/#website"}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
         "datePublished": iso(pub), "dateModified": iso(mod or pub), "breadcrumb": {"@id": url + "#breadcrumb"},
         "inLanguage": "fr-FR", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "ImageObject", "inLanguage": "fr-FR", "@id": url + "#primaryimage",
         "url": f"https://{host}/wp-content/uploads/photo.jpg", "width": 1200, "height": 675},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"https://{host}/"},
            {"@type": "ListItem", "position": 2, "name": a["section"], "item": f"https://{host}/{slug(a['section'])}/"},
            {"@type": "ListItem", "position": 3, "name": a["headline"]}]},
        {"@type": "WebSite", "@id": f"https://{host}/#website", "url": f"https://{host}/", "name": s["name"],
         "description": s.get("tagline", "L'actualité internationale"), "publisher": {"@id": f"https://{host}/#organization"},
         "inLanguage": "fr-FR"},
        {"@type": "Organization", "@id": f"https://{host}/#organization", "name": s["name"], "url": f"https://{host}/",
         "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png", "width": 300, "height": 80}},
        {"@type": "Person", "@id": pid, "name": author_name, "url": f"https://{host}/author/{slug(author_name)}/"},
    ]}


def wp_site_header(s, menu=("Accueil", "Monde", "Afrique", "Économie", "Opinions", "Vidéos")):
    items = "".join(f'<li class="menu-item"><a href="/{slug(m)}/">{e(m)}</a></li>' for m in menu)
    today = datetime(2024, 9, 30)
    return f"""<header id="site-header" class="site-header header-footer-group" role="banner">
<div class="header-top-bar topbar"><span class="current-date">{fr_weekday_date(today)}</span> <a href="/abonnement/">S'abonner</a></div>
<div class="header-titles"><div class="site-title faux-heading"><a href="/">{e(s['name'])}</a></div><div class="site-description">{e(s.get('tagline', "L'actualité internationale"))}</div></div>
<nav class="primary-menu-wrapper" aria-label="Horizontal"><ul class="primary-menu reset-list-style">{items}</ul></nav>
<div class="search-modal"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="Rechercher…"></form></div></header>"""


def wp_twentytwenty(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug(a['headline'])}/"
    yoast_author = o.get("yoast_author", a["authors"][0] if a["authors"] else "Rédaction")
    byline_name = o.get("byline", yoast_author)
    head = wp_head_meta(a, s, url, f"{a['headline']} - {s['name']}", yoast_author, pub, mod)
    signature = f'<p class="signature has-text-align-right"><strong>{e(o["signature"])}</strong></p>' if o.get("signature") else ""
    credit_line = "".join(f"<p><em>(Avec {e(ag)})</em></p>" for ag in a["agencies"])
    return f"""<!DOCTYPE html>
<html class="no-js" lang="fr-FR">
{INVENTED}
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="profile" href="https://gmpg.org/xfn/11">
<!-- This site is optimized with the Yoast SEO plugin v21.2 - https://yoast.com/wordpress/plugins/seo/ -->
{head}{jsonld(yoast_graph(a, s, url, yoast_author, pub, mod))}
<!-- / Yoast SEO plugin. -->
{heavy_head_assets(s['host'])}
<script id="wp-emoji-settings" type="application/json">{{"baseUrl":"https://s.w.org/images/core/emoji/14.0.0/72x72/","ext":".png"}}</script>
<meta name="generator" content="WordPress 6.3.1">
</head>
<body class="post-template-default single single-post postid-{crc(a['id']) % 99999} single-format-standard wp-embed-responsive singular has-post-thumbnail has-single-pagination showing-comments show-avatars footer-top-visible">
<a class="skip-link screen-reader-text" href="#site-content">Aller au contenu</a>
{wp_site_header(s)}
{cookie_banner(s['name'])}
<main id="site-content">
<article class="post-{crc(a['id']) % 99999} post type-post status-publish format-standard has-post-thumbnail hentry category-{slug(a['section'])}" id="post-{crc(a['id']) % 99999}">
<header class="entry-header has-text-align-center header-footer-group">
<div class="entry-header-inner section-inner medium">
<div class="entry-categories"><span class="screen-reader-text">Catégories</span><div class="entry-categories-inner"><a href="/{slug(a['section'])}/" rel="category tag">{e(a['section'])}</a></div></div>
<h1 class="entry-title">{e(a['headline'])}</h1>
{f'<div class="intro-text section-inner max-percentage small"><p>{e(a["standfirst"])}</p></div>' if a['standfirst'] else ''}
<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta">
<li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Auteur de l’article</span><svg class="svg-icon" aria-hidden="true" width="18" height="20"></svg></span><span class="meta-text">Par <a href="https://{s['host']}/author/{slug(byline_name)}/">{e(byline_name)}</a></span></li>
<li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Date de l’article</span></span><span class="meta-text"><a href="{url}">{fr_date(pub)}</a></span></li>
<li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#comments">2 commentaires <span class="screen-reader-text">sur {e(a['headline'])}</span></a></span></li>
</ul></div></div></header>
{figure(a, 'featured-media')}
<div class="post-inner thin"><div class="entry-content">
{paras_html(a)}
{signature}
{credit_line}
{share_bar()}
<div id="jp-relatedposts" class="jp-relatedposts">{related_list('jp-relatedposts-items', 'Articles similaires')}</div>
</div></div>
<div class="section-inner"><div class="author-bio"><div class="author-title-wrapper"><h2 class="author-title heading-size-4">Par {e(byline_name)}</h2></div><div class="author-description"><p>Journaliste, ancien correspondant à Dakar.</p></div></div></div>
<nav class="pagination-single section-inner" aria-label="Article"><a class="previous-post" href="/precedent/"><span class="title">Article précédent : Le G20 sous présidence indienne</span></a></nav>
{comments(a)}
</article>
</main>
{newsletter(s['name'])}
{site_footer(s['name'], 2024, 'Fièrement propulsé par WordPress')}
<script src="https://{s['host']}/wp-includes/js/comment-reply.min.js?ver=6.3.1" id="comment-reply-js" async></script>
</body>
</html>
"""


def wp_newspaper(a, s, o):
    """tagDiv Newspaper theme: the published <time> carries class "updated", a theme quirk."""
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{slug(a['headline'])}/"
    author = a["authors"][0]
    if o.get("yoast", True):
        head = wp_head_meta(a, s, url, f"{a['headline']} | {s['name']}", author, pub, mod)
        ld = jsonld(yoast_graph(a, s, url, author, pub, mod, "NewsArticle"))
    else:
        # no SEO plugin: only what the theme prints
        head = f"""<title>{e(a['headline'])} | {e(s['name'])}</title>
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{e(s['name'])}">
<meta property="og:image" content="https://{s['host']}/wp-content/uploads/photo.jpg">
<link rel="canonical" href="{url}">"""
        ld = ""
    return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="fr-FR"> <!--<![endif]-->
{INVENTED}
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="pingback" href="https://{s['host']}/xmlrpc.php" />
{head}
{ld}
{heavy_head_assets(s['host'], 6)}
<script type="text/javascript">var tdBlocksArray = []; var tds_login_sing_in_widget="show"; var td_ad_background_click_link=""; var tdDateNamesI18n = {{"month_names":["janvier","f\\u00e9vrier","mars"],"day_names":["dimanche","lundi"]}};</script>
</head>
<body class="post-template-default single single-post single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div class="td-menu-background"></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu"><div class="td_data_time"><div>{fr_weekday_date(datetime(2024, 9, 30))}</div></div>
<div class="top-header-menu"><ul class="top-header-menu"><li><a href="/contact/">Contact</a></li><li><a href="/publicite/">Publicité</a></li></ul></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full"><div class="td-header-sp-logo"><h1 class="td-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/logo.png" alt="{e(s['name'])}"/><span class="td-visual-hidden">{e(s['name'])}</span></a></h1></div>
<div class="td-header-sp-recs"><div class="td-header-rec-wrap"><div class="td-a-rec td-a-rec-id-header"><span class="td-adspot-title">- Publicité -</span></div></div></div></div>
<div class="td-header-menu-wrap-full"><div id="td-header-menu" role="navigation"><ul id="menu-principal" class="sf-menu"><li><a href="/">Accueil</a></li><li><a href="/securite/">Sécurité</a></li><li><a href="/politique/">Politique</a></li></ul></div></div>
</div>
{cookie_banner(s['name'])}
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">Accueil</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="/{slug(a['section'])}/">{e(a['section'])}</a></span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{crc(a['id']) % 99999}" class="post type-post status-publish format-standard has-post-thumbnail category-{slug(a['section'])}">
<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/{slug(a['section'])}/">{e(a['section'])}</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a['headline'])}</h1>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">Par</div> <a href="https://{s['host']}/author/{slug(author)}/">{e(author)}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(pub)}">{fr_date(pub)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{crc(a['id']) % 9999}">1204</span></div>
<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div>
</div></header></div>
<div class="td-post-sharing-top"><div class="td-default-sharing"><a class="td-social-sharing-button td-social-facebook" href="#">Facebook</a><a class="td-social-sharing-button td-social-twitter" href="#">Twitter</a><a class="td-social-sharing-button td-social-whatsapp" href="#">WhatsApp</a></div></div>
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><a href="/photo.jpg"><img width="696" height="392" class="entry-thumb" src="/photo-696x392.jpg" alt="" title="Réunion d'état-major"/></a><figcaption class="wp-caption-text">Archives, {fr_date(pub - timedelta(days=40))}.</figcaption></figure></div>
{paras_html(a)}
<div class="td-a-rec td-a-rec-id-content_bottom"><span class="td-adspot-title">- Publicité -</span></div>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>{''.join(f'<li><a href="/tag/{slug(t)}/">{e(t)}</a></li>' for t in a['tags'])}</ul></div>
<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>Article précédent</span><a href="/prev/">Le Tchad ferme sa frontière avec le Soudan</a></div></div></div>
<div class="author-box-wrap"><a href="/author/{slug(author)}/"><img alt="" src="/avatar.png" class="avatar"/></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{slug(author)}/">{e(author)}</a></span></div><div class="td-author-description">Reporter basé à Niamey.</div></div></div>
</footer>
</article>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a class="td-related-left td-cur-simple-item" href="#">ARTICLES CONNEXES</a></h4>{related_list('td-related-row')}</div>
{comments(a)}
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_1 td_block_widget"><h4 class="block-title"><span>Les plus lus</span></h4>
<div class="td_module_4 td_module_wrap"><h3 class="entry-title td-module-title"><a href="/x/">Sommet de la Cédéao : les chefs d'État appellent au dialogue</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2023-06-11T10:00:00+00:00">11 juin 2023</time></span></div></div></div></div>
</div></div></div>
<div class="td-footer-wrapper td-container-wrap"><div class="td-footer-bottom-full"><div class="td-pb-span12"><aside class="footer-text-wrap"><div class="block-title"><span>À PROPOS</span></div>{e(s['name'])} est un site d'information indépendant.</aside></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-sub-footer-copy">© {e(s['name'])} 2024</div></div>
</div>
</body>
</html>
"""


def wp_generatepress(a, s, o):
    """GeneratePress with Yoast: the author is a desk ("La rédaction"), the only named source is an agency."""
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{slug(a['headline'])}/"
    desk = a.get("byline_desk", "La rédaction")
    head = wp_head_meta(a, s, url, a["headline"], desk, pub, mod)
    ag = ", ".join(a["agencies"])
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
{INVENTED}
<head>
<meta charset="UTF-8">
{head}
{jsonld(yoast_graph(a, s, url, desk, pub, mod, "NewsArticle"))}
<meta name="viewport" content="width=device-width, initial-scale=1">
{heavy_head_assets(s['host'], 3)}
</head>
<body class="post-template-default single single-post right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Aller au contenu">Aller au contenu</a>
<header class="site-header grid-container" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container"><div class="site-branding"><p class="main-title" itemprop="headline"><a href="/" rel="home">{e(s['name'])}</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Principal"><ul id="menu-main" class="menu sf-menu"><li><a href="/maghreb/">Maghreb</a></li><li><a href="/monde/">Monde</a></li></ul></nav></div></header>
{cookie_banner(s['name'])}
<div class="site grid-container container hfeed" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-5121" class="post-5121 post type-post status-publish format-standard has-post-thumbnail hentry category-maghreb" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="800" src="/photo.jpg" class="attachment-full size-full wp-post-image" alt="Le poste-frontière, archives" itemprop="image"></div>
<header class="entry-header"><h1 class="entry-title" itemprop="headline">{e(a['headline'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{iso(pub)}" itemprop="datePublished">{fr_date(pub)}</time><time class="updated" datetime="{iso(mod)}" itemprop="dateModified">{fr_date(mod)}</time></span> <span class="byline">par <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/redaction/" title="Voir tous les articles de {e(desk)}" rel="author" itemprop="url"><span class="author-name" itemprop="name">{e(desk)}</span></a></span></span></div></header>
<div class="entry-content" itemprop="text">
{paras_html(a)}
<p>Source : {e(ag)}</p>
</div>
<footer class="entry-meta" aria-label="Méta de l’entrée"><span class="cat-links"><span class="screen-reader-text">Catégories </span><a href="/maghreb/" rel="category tag">Maghreb</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Publications"><div class="nav-previous"><span class="prev"><a href="/prev/" rel="prev">La Libye et l'Égypte discutent du commerce transfrontalier</a></span></div></nav></footer>
</div></article>
{comments(a)}
</main></div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul><li><a href="/a/">Le Maroc accueille le forum des ministres africains de l'Énergie</a><span class="post-date">{fr_date(pub - timedelta(days=1))}</span></li></ul></aside></div></div>
</div></div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">© 2024 {e(s['name'])} • Construit avec GeneratePress</div></div></footer></div>
</body>
</html>
"""


def wp_coauthors(a, s, o):
    """JNews-like theme with Co-Authors Plus: Yoast names only the first author, the byline names all of them."""
    pub = dt(a["published"])
    url = f"https://{s['host']}/{pub.year}/{pub.month:02d}/{slug(a['headline'])}/"
    first = a["authors"][0]
    head = wp_head_meta(a, s, url, f"{a['headline']} – {s['name']}", first, pub, None)
    names = a["authors"]
    byline = ", ".join(f'<a href="/author/{slug(n)}/" class="jeg_meta_author_link">{e(n)}</a>' for n in names[:-1]) \
        + f' et <a href="/author/{slug(names[-1])}/" class="jeg_meta_author_link">{e(names[-1])}</a>'
    return f"""<!doctype html>
<html lang="fr-FR">
{INVENTED}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name='viewport' content='width=device-width, initial-scale=1, user-scalable=yes' />
{head}
{jsonld(yoast_graph(a, s, url, first, pub, None, "NewsArticle"))}
{heavy_head_assets(s['host'], 5)}
<script type="text/javascript">var jnews_ajax_url = '/?ajax-request=jnews'; var jfla = ["view_counter"];</script>
</head>
<body class="post-template-default single single-post jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class='ads-wrapper'></div></div>
<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container dark"><div class="container"><div class="jeg_nav_item jeg_top_date">{fr_weekday_date(datetime(2024, 9, 30))}</div></div></div>
<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class='jeg_logo_img' src="/logo.png" alt="{e(s['name'])}"></a></h1></div></div></div>
<div class="jeg_bottombar jeg_navbar jeg_container"><div class="container"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu"><li><a href="/">Accueil</a></li><li><a href="/international/">International</a></li></ul></div></div></div></div>
</div></div>
{cookie_banner(s['name'])}
<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Accueil</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="/international/">International</a></span></div></div>
<div class="entry-header"><h1 class="jeg_post_title">{e(a['headline'])}</h1>
<h2 class="jeg_post_subtitle">{e(a['standfirst'])}</h2>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">
<div class="jeg_meta_author coauthor"><img alt='' src='/avatar.png' class='avatar' height='80' width='80' /><span class="meta_text">par</span> {byline}</div>
<div class="jeg_meta_date"><a href="{url}">{fr_date(pub)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">dans</span> <a href="/international/" rel="category tag">International</a></span></div></div>
<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>
<div class="jeg_featured featured_image"><a href="/photo.jpg"><div class="thumbnail-container"><img width="750" height="375" src="/photo-750x375.jpg" alt="" /></div></a><p class="wp-caption-text">La cérémonie d'ouverture du sommet, le {fr_date(pub - timedelta(days=1))}.</p></div>
<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">12</div><span class="sharetext">PARTAGES</span></div></div>
<div class="jeg_sharelist"><a href="#" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>Partager sur Facebook</span></a><a href="#" class="jeg_btn-twitter expanded"><span>Partager sur Twitter</span></a></div></div></div>
<div class="entry-content no-share"><div class="content-inner ">
{paras_html(a)}
<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Lire aussi</span></h3></div><div class="jeg_posts"><article class="jeg_post jeg_pl_xs_4"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/x/">L'Inde et l'Afrique du Sud relancent leur commission mixte</a></h3></div></article></div></div></div></div>
</div></div>
<div class="jeg_share_bottom_container"></div>
<div class="jnews_prev_next_container"></div>
<div class="jnews_related_post_container">{related_list('jeg_postblock jeg_postblock_22 related')}</div>
<div class="jnews_comment_container">{comments(a)}</div>
</div></div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Populaires</span></h3></div><div class="jeg_posts"><article class="jeg_post"><h3 class="jeg_post_title"><a href="/y/">L'Éthiopie et l'Érythrée : vingt ans après</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="/y/"><i class="fa fa-clock-o"></i> 2 mai 2022</a></div></div></article></div></div></div>
</div></div></div></div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><p class="copyright"> © 2024 {e(s['name'])}. Tous droits réservés.</p></div></div></div></div></div>
</div>
</body>
</html>
"""


def wp_astra_plain(a, s, o):
    """Astra theme without an SEO plugin: no author anywhere but a "Par" line closing the article."""
    pub = dt(a["published"])
    url = f"https://{s['host']}/?p=8812"
    return f"""<!DOCTYPE html>
<html lang="fr-FR">
{INVENTED}
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{e(a['headline'])} &#8211; {e(s['name'])}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{url}' />
{heavy_head_assets(s['host'], 7)}
<meta name="generator" content="WordPress 6.4.2" />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post ast-desktop ast-separate-container ast-right-sidebar astra-4.5.2">
<a class="skip-link screen-reader-text" href="#content" role="link">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link"><img src="/logo.png" class="custom-logo" alt="{e(s['name'])}"></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/">{e(s['name'])}</a></span></div></div></div>
<div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Navigation du site"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/" class="menu-link">Accueil</a></li><li class="menu-item"><a href="/monde/" class="menu-link">Monde</a></li></ul></nav></div></div>
</div></div></div></div></header>
{cookie_banner(s['name'])}
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-8812 post type-post status-publish format-standard hentry category-monde ast-article-single" id="post-8812" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail">
<h1 class="entry-title" itemprop="headline">{e(a['headline'])}</h1>
<div class="entry-meta"><span class="cat-links"><a href="/monde/" rel="category tag">Monde</a></span> / <span class="posted-on">{num_date(pub)}</span> / <span class="comments-link"><a href="#respond">Laisser un commentaire</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
{paras_html(a)}
<p>Par {e(a['authors'][0])}, à Nairobi</p>
</div></div></article>
<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div class="nav-previous"><a href="/p/" rel="prev"><span class="ast-left-arrow">&larr;</span> Publication précédente</a></div></div></nav>
{comments(a)}
</main></div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="block-3" class="widget widget_block widget_recent_entries"><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/q/">L'Ouganda et la Tanzanie lancent le chantier de l'oléoduc</a><time datetime="2023-09-28T10:00:00+03:00" class="wp-block-latest-posts__post-date">28 septembre 2023</time></li></ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2024 {e(s['name'])} | Propulsé par Astra</div></div></div></div></div></footer>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- Arc Publishing

def arc_fusion(a, s, o):
    """Arc XP (Fusion): machine dates in UTC; JSON-LD and og tags unless o["fusion_only"]."""
    pub, mod = dt(a["published"]), dt(a["modified"])
    path = f"/{slug(a['section'])}/{pub.year}/{pub.month:02d}/{pub.day:02d}/{slug(a['headline'])}/"
    url = f"https://{s['host']}{path}"
    by = [{"type": "author", "name": n, "_id": slug(n), "org": s["name"],
           "additional_properties": {"original": {"byline": n}}} for n in a["authors"]]
    content = {"_id": "K3ZQ7XEXAMPLE", "type": "story", "version": "0.10.9", "canonical_website": s["arc_site"],
               "headlines": {"basic": a["headline"], "meta_title": ""},
               "subheadlines": {"basic": a["standfirst"]}, "description": {"basic": a["standfirst"]},
               "credits": {"by": by},
               "display_date": utc(pub, True), "first_publish_date": utc(pub, True),
               "last_updated_date": utc(mod or pub, True), "publish_date": utc(mod or pub, True),
               "taxonomy": {"primary_section": {"_id": "/" + slug(a["section"]), "name": a["section"]},
                            "tags": [{"text": t, "slug": slug(t)} for t in a["tags"]]},
               "canonical_url": path, "website_url": path,
               "content_elements": [{"_id": f"P{i}", "type": "text", "content": p} for i, p in enumerate(a["paras"])],
               "promo_items": {"basic": {"type": "image", "url": "https://cloudfront.example/resizer/photo.jpg",
                                         "caption": "Archives", "credits": {"affiliation": [{"name": "AFP"}]}}}}
    fusion = ("window.Fusion=window.Fusion||{};Fusion.arcSite=\"" + s["arc_site"] + "\";Fusion.contextPath=\"/pf\";"
              "Fusion.mxId=\"00000000\";Fusion.deployment=\"812\";Fusion.globalContent="
              + json.dumps(content, ensure_ascii=False)
              + ";Fusion.globalContentConfig={\"source\":\"content-api\",\"query\":{\"website_url\":\"" + path + "\"}};"
              "Fusion.contentCache={};Fusion.lastModified=1720425600000;Fusion.staticCache={};"
              "Fusion.spa=false;Fusion.spaEnabled=false;")
    if o.get("fusion_only"):
        head = f"""<title>{e(a['headline'])} – {e(s['name'])}</title>
<meta property="og:title" content="{e(a['headline'])}"/>
<meta property="og:site_name" content="{e(s['name'])}"/>"""
    else:
        authors_ld = [person(n, s["host"]) for n in a["authors"]]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
              "description": a["standfirst"], "datePublished": utc(pub, True), "dateModified": utc(mod or pub, True),
              "author": authors_ld, "isAccessibleForFree": True, "articleSection": a["section"],
              "mainEntityOfPage": {"@type": "WebPage", "@id": url},
              "publisher": {"@type": "NewsMediaOrganization", "name": s["name"],
                            "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/pf/resources/logo.png"}},
              "image": [{"@type": "ImageObject", "url": "https://cloudfront.example/resizer/photo.jpg",
                         "width": 1440, "height": 960}]}
        head = f"""<title>{e(a['headline'])} – {e(s['name'])}</title>
<meta name="description" content="{e(a['standfirst'])}"/>
<meta property="og:title" content="{e(a['headline'])}"/>
<meta property="og:description" content="{e(a['standfirst'])}"/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="{url}"/>
<meta property="og:site_name" content="{e(s['name'])}"/>
<meta property="og:image" content="https://cloudfront.example/resizer/photo.jpg"/>
<meta property="article:published_time" content="{utc(pub, True)}"/>
<meta property="article:modified_time" content="{utc(mod or pub, True)}"/>
<meta property="article:section" content="{e(a['section'])}"/>
{''.join(f'<meta property="article:author" content="{e(n)}"/>' for n in a['authors'])}
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="{url}"/>
<link rel="amphtml" href="{url}?outputType=amp"/>
{jsonld(ld)}"""
    names = a["authors"]
    linked = [f'<a class="c-link" href="/auteurs/{slug(n)}/">{e(n)}</a>' for n in names]
    byline = linked[0] if len(linked) == 1 else ", ".join(linked[:-1]) + " et " + linked[-1]
    agencies = "".join(f" avec {e(ag)}" for ag in a["agencies"])
    updated = f'<span class="b-date__updated">Mis à jour le {fr_date_time(mod)}</span>' if mod else ""
    return f"""<!DOCTYPE html><html lang="fr">
{INVENTED}
<head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
{head}
<link rel="preload" href="/pf/dist/components/combinations/default.css?d=812" as="style"/>
<link rel="stylesheet" href="/pf/dist/components/combinations/default.css?d=812"/>
<script>window.pbjs=window.pbjs||{{que:[]}};window.googletag=window.googletag||{{cmd:[]}};</script>
<script id="fusion-engine-script" type="application/javascript" src="/pf/dist/engine/react.js?d=812" defer=""></script>
<script id="fusion-metadata" type="application/javascript">{fusion}</script>
<script id="fusion-template-script" type="application/javascript" src="/pf/dist/components/output-types/default.js?d=812" defer=""></script>
</head>
<body><div id="fusion-app" class="fusion-app | layout-section-wrap">
<div class="b-single-chain"><header class="b-header-nav-chain"><div class="b-header-nav-chain__top-layout"><a class="b-header-nav-chain__logo" href="/" title="{e(s['name'])}"><img alt="{e(s['name'])}" src="/pf/resources/logo.svg"/></a>
<nav class="b-header-nav-chain__nav" aria-label="Sections"><ul><li><a href="/monde/">Monde</a></li><li><a href="/economie/">Économie</a></li><li><a href="/opinions/">Opinions</a></li></ul></nav>
<div class="b-header-nav-chain__right"><button class="c-button c-button--small">Se connecter</button><a class="c-button" href="/abonnement/">S'abonner</a></div></div></header></div>
<div class="b-alert-bar"><a href="/direct/">EN DIRECT — Suivez les dernières informations</a></div>
<div class="b-right-rail-advanced"><main class="b-right-rail-advanced__main"><div class="b-right-rail-advanced__main-interior-item">
<div class="b-overline"><a class="b-overline__link" href="/{slug(a['section'])}/">{e(a['section'])}</a></div>
<h1 class="b-headline">{e(a['headline'])}</h1>
{f'<h2 class="b-subheadline">{e(a["standfirst"])}</h2>' if a['standfirst'] else ''}
<section class="b-byline"><span class="c-attribution">Par {byline}</span>{agencies}</section>
<div class="b-date"><time class="c-date" dateTime="{utc(pub, True)}">{fr_date_time(pub)}</time>{updated}</div>
<div class="b-share-bar"><a class="b-share-bar__facebook" href="#">Facebook</a><a class="b-share-bar__x" href="#">X</a><a class="b-share-bar__email" href="#">Courriel</a></div>
<figure class="b-lead-art"><img src="https://cloudfront.example/resizer/photo.jpg" alt="Des soldats lors d'un exercice"/><figcaption class="c-media-item__caption">Un exercice conjoint, le {fr_date(pub - timedelta(days=30))}. Photo : Reuters</figcaption></figure>
<article class="b-article-body">
{paras_html(a, 'c-paragraph')}
</article>
<div class="b-results-list related-stories"><h2 class="b-results-list__title">À lire aussi</h2>{related_list('b-results-list__items')}</div>
</div></main>
<aside class="b-right-rail-advanced__rail"><div class="b-top-table-list"><h2>Les plus lus</h2><ol><li><a href="/x/">La Corée du Sud et le Japon reprennent leur dialogue de sécurité</a> <time dateTime="2024-05-02T08:00:00.000Z">2 mai 2024</time></li></ol></div></aside></div>
<footer class="b-footer"><div class="b-footer__top-container"><a href="/"><img alt="{e(s['name'])}" src="/pf/resources/logo-footer.svg"/></a></div><p class="b-footer__copyright">© 2024 {e(s['name'])}. Tous droits réservés.</p></footer>
</div></body></html>
"""


# ---------------------------------------------------------------------------------------------- Drupal

def drupal7(a, s, o):
    pub = dt(a["published"])
    url = f"https://{s['host']}/actualites/{slug(a['headline'])}"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
{INVENTED}
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="https://{s['host']}/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="description" content="{e(plain(a['paras'][0])[:160])}" />
<meta name="generator" content="Drupal 7 (https://www.drupal.org)" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="/node/4512" />
<meta property="og:site_name" content="{e(s['name'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{e(a['headline'])}" />
  <title>{e(a['headline'])} | {e(s['name'])}</title>
  <style type="text/css" media="all">
@import url("https://{s['host']}/modules/system/system.base.css?s0k2xq");
@import url("https://{s['host']}/sites/all/themes/observatoire/css/style.css?s0k2xq");
</style>
  <script type="text/javascript" src="https://{s['host']}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"observatoire","theme_token":"abc"}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-4512 node-type-article i18n-fr" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">Aller au contenu principal</a>
  </div>
<div id="page-wrapper"><div id="page">
  <div id="header"><div class="section clearfix">
      <a href="/" title="Accueil" rel="home" id="logo"><img src="https://{s['host']}/sites/default/files/logo.png" alt="Accueil" /></a>
      <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Accueil" rel="home"><span>{e(s['name'])}</span></a></strong></div>
      <div id="site-slogan">Veille et analyses sur l'Afrique centrale</div></div>
  </div></div>
  <div id="navigation"><div class="section"><h2 class="element-invisible">Menu principal</h2><ul id="main-menu" class="links inline clearfix"><li class="menu-218 first"><a href="/">Accueil</a></li><li class="menu-412"><a href="/actualites">Actualités</a></li><li class="menu-413 last"><a href="/analyses">Analyses</a></li></ul></div></div>
  <div id="breadcrumb"><h2 class="element-invisible">Vous êtes ici</h2><div class="breadcrumb"><a href="/">Accueil</a> » <a href="/actualites">Actualités</a></div></div>
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{e(a['headline'])}</h1>
      <div class="tabs"></div>
      <div class="region region-content">
  <div id="block-system-main" class="block block-system">
  <div class="content">
  <div id="node-4512" class="node node-article node-promoted node-full clearfix" about="/actualites/{slug(a['headline'])}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{e(a['headline'])}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  <div class="meta submitted">
    <span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime" rel="sioc:has_creator">Soumis par <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">webmaster</span> le {WEEKDAYS[pub.weekday()][:3]}, {num_date(pub)} - {pub.hour:02d}:{pub.minute:02d}</span>
  </div>
  <div class="content clearfix">
    <div class="field field-name-field-auteur field-type-text field-label-hidden"><div class="field-items"><div class="field-item even">Par {e(a['authors'][0])}, à Libreville</div></div></div>
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img typeof="foaf:Image" src="https://{s['host']}/sites/default/files/styles/large/public/photo.jpg" width="480" height="320" alt="" /></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{paras_html(a)}
</div></div></div>
    <div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Mots-clés :&nbsp;</div><div class="field-items">{''.join(f'<div class="field-item even" rel="dc:subject"><a href="/tags/{slug(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{e(t)}</a></div>' for t in a['tags'])}</div></div>
  </div>
  <div class="link-wrapper"><ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/4512#comment-form" title="Partager vos idées et opinions au sujet de cet article.">Ajouter un commentaire</a></li></ul></div>
</div>
  </div>
</div>
  </div>
    </div></div>
      <div id="sidebar-first" class="column sidebar"><div class="section"><div class="region region-sidebar-first column sidebar"><div class="section">
  <div id="block-views-actualites-block" class="block block-views"><h2>Dernières actualités</h2><div class="content"><div class="view view-actualites view-id-actualites"><div class="view-content">
  <div class="views-row views-row-1"><span class="views-field views-field-title"><a href="/actualites/x">Le Cameroun et le Tchad renforcent leur coopération sécuritaire</a></span> <span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="2023-08-29T10:00:00+01:00">29/08/2023</span></div>
  </div></div></div></div>
</div></div></div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer-columns" class="clearfix"></div><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>© {pub.year} {e(s['name'])} — Tous droits réservés</p></div></div></div></div></div></div>
</div></div>
</body>
</html>
"""


def drupal9(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/analyses/{slug(a['headline'])}"
    d_off = pub.strftime("%Y-%m-%dT%H:%M:%S%z")
    m_off = mod.strftime("%Y-%m-%dT%H:%M:%S%z")
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": a["headline"], "name": a["headline"], "about": a["tags"],
         "description": a["standfirst"], "datePublished": d_off, "dateModified": m_off,
         "isAccessibleForFree": "True",
         "author": {"@type": "Person", "@id": a["authors"][0], "name": a["authors"][0], "url": f"https://{s['host']}/auteurs/{slug(a['authors'][0])}"},
         "publisher": {"@type": "Organization", "@id": f"https://{s['host']}/", "name": s["name"], "url": f"https://{s['host']}/",
                       "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/themes/custom/revue/logo.svg"}},
         "mainEntityOfPage": url}]}
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
{INVENTED}
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{e(a['standfirst'])}" />
<link rel="canonical" href="{url}" />
<meta property="og:site_name" content="{e(s['name'])}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{e(a['headline'])} | {e(s['name'])}" />
<meta property="og:description" content="{e(a['standfirst'])}" />
<meta property="article:published_time" content="{d_off}" />
<meta property="article:modified_time" content="{m_off}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="icon" href="/themes/custom/revue/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{e(a['headline'])} | {e(s['name'])}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xa1b2c3.css" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-revue-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Accueil" rel="home">{e(s['name'])}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Menu principal" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">Menu</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-revue-main-menu-menu" id="block-revue-main-menu" class="primary-nav block block-menu navigation menu--main"><ul class="menu primary-nav__menu"><li class="primary-nav__menu-item"><a href="/analyses" class="primary-nav__menu-link">Analyses</a></li><li class="primary-nav__menu-item"><a href="/entretiens" class="primary-nav__menu-link">Entretiens</a></li></ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-revue-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">Accueil</a></li><li class="breadcrumb__item"><a href="/analyses" class="breadcrumb__link">Analyses</a></li></ol></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-revue-page-title" class="block block-core block-page-title-block">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{e(a['headline'])}</span></h1></div></div>
<main role="main"><div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-revue-content" class="block block-system block-system-main-block">
<article data-history-node-id="312" role="article" about="/analyses/{slug(a['headline'])}" class="node node--type-article node--promoted node--view-mode-full">
<header class=""><div class="node__meta">
<span class="field field--name-field-auteur field--type-string field--label-hidden">Par {e(a['authors'][0])}</span>
<span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc(pub)}" title="{fr_weekday_date(pub)} - {pub.hour:02d}:{pub.minute:02d}" class="datetime">{fr_date(pub)}</time></span>
</div></header>
<div class="node__content">
<div class="field field--name-field-chapo field--type-string-long field--label-hidden field__item">{e(a['standfirst'])}</div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras_html(a)}
<p><em>Avec {e(a['agencies'][0])}</em></p>
</div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><h3 class="field__label">Étiquettes</h3><ul class='links field__items'>{''.join(f'<li><a href="/taxonomy/term/{crc(t) % 999}" hreflang="fr">{e(t)}</a></li>' for t in a['tags'])}</ul></div>
<section class="field field--name-comment field--type-comment field--label-above comments"><h2 class="comments__title">Commentaires</h2>
<article data-comment-user-id="0" id="comment-21" class="comment js-comment by-anonymous"><div class="comment__meta"><span class="comment__author">Jacques Morel</span> <span class="comment__time">8 janvier 2025</span></div><div class="comment__content"><p>Par Jacques Morel : analyse utile, merci.</p></div></article></section>
</div></article>
</div></div></main>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-revue-copyright" class="block block-block-content"><p>© 2025 {e(s['name'])}</p></div></div></div></footer>
</div></div>
    </div>
  </body>
</html>
"""


# ---------------------------------------------------------------------------------------------- state media

def xinhua_table(a, s, o):
    """Old table layout: no JSON-LD, no OpenGraph, the date only in a visible stamp, editors at the end."""
    pub = dt(a["published"])
    stamp = f"{pub.strftime('%Y-%m-%d %H:%M:%S')} | <span id=\"source\">Source: Xinhua</span>"
    if o.get("contit"):
        title_block = f"""<div id="conTit"><h1>{e(a['headline'])}</h1><div class="info"><span id="source">Source: Xinhua</span> | {pub.strftime('%Y-%m-%d %H:%M:%S')}</div></div>"""
    else:
        title_block = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="title" id="Title" align="center">{e(a['headline'])}</td></tr>
<tr><td class="lai" align="center">{stamp}</td></tr></table>"""
    editors = ", ".join(a["authors"])
    label = "Rédacteurs" if len(a["authors"]) > 1 else "Rédacteur"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
{INVENTED}
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="{e(', '.join(a['tags']))}" />
<meta name="description" content="{e(a['headline'])}" />
<title>{e(a['headline'])}_French.news.cn</title>
<meta name="pagetype" content="1" />
<link rel="stylesheet" type="text/css" href="http://{s['host']}/css/2012/french_content.css" />
<script type="text/javascript" src="http://www.news.cn/global/js/jquery.min.js"></script>
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-00000000-1']); _gaq.push(['_trackPageview']);</script>
<script language="javascript">function doZoom(size){{document.getElementById('Content').style.fontSize=size+'px'}}</script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td width="305"><a href="http://{s['host']}/"><img src="/titlepic/logo_french.gif" width="305" height="75" border="0" alt="French.news.cn" /></a></td>
<td class="date" align="right">{fr_weekday_date(datetime(2024, 9, 30))}</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="dh"><a href="/">Accueil</a> | <a href="/chine/">Chine</a> | <a href="/monde/">Monde</a> | <a href="/afrique/">Afrique</a> | <a href="/economie/">Economie</a> | <a href="/photos/">Photos</a></td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="660" valign="top">
{title_block}
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="right" class="zoom">Taille : <a href="javascript:doZoom(16)">A+</a> <a href="javascript:doZoom(14)">A</a> <a href="javascript:doZoom(12)">A-</a> | <a href="javascript:window.print()">Imprimer</a> | <a href="mailto:?subject=news">Envoyer</a></td></tr></table>
<div id="Content">
{paras_html(a)}
</div>
<div class="bianji">({label} : {e(editors)})</div>
<table width="100%" class="related" border="0"><tr><td class="xgtitle">Articles liés</td></tr>
<tr><td><a href="/2023-09/18/c_1.htm">La Chine et l'Ouzbékistan signent des accords de coopération</a> 2023-09-18</td></tr>
<tr><td><a href="/2023-09/15/c_2.htm">Le commerce sino-kazakh en hausse au premier semestre</a> 2023-09-15</td></tr></table>
</td>
<td width="20"></td>
<td width="320" valign="top" class="right">
<table width="100%" border="0"><tr><td class="rtitle">Les plus lus</td></tr>
<tr><td><a href="/x.htm">Le président chinois rencontre le Premier ministre pakistanais</a></td></tr>
<tr><td>2023-09-14</td></tr>
<tr><td><a href="/y.htm">Ouverture de l'Exposition Chine-ASEAN à Nanning</a></td></tr>
<tr><td>2023-09-16</td></tr></table>
</td></tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="foot" align="center">Copyright &copy; 2000-2024 XINHUANET.com All rights reserved.<br />Tél: 86-10-00000000</td></tr></table>
</body>
</html>
"""


def peoples_daily(a, s, o):
    pub = dt(a["published"])
    if o.get("source_line"):
        origin = f'<div class="sou">{num_date(pub, ".")} {pub.hour:02d}h{pub.minute:02d} | Source : <a href="/">Le Quotidien du Peuple en ligne</a></div>'
    else:
        origin = f'<div class="origin"><span>Publié le : {pub.strftime("%Y-%m-%d %H:%M")}</span> | <a href="/">french.peopledaily.com.cn</a></div>'
    label = "Rédacteurs" if len(a["authors"]) > 1 else ("Rédactrice" if o.get("feminine") else "Rédacteur")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
{INVENTED}
<head>
<meta http-equiv="content-type" content="text/html;charset=UTF-8"/>
<meta http-equiv="Content-Language" content="fr" />
<meta name="keywords" content="{e(','.join(a['tags']))}" />
<meta name="description" content="{e(plain(a['paras'][0])[:120])}" />
<meta name="author" content="french.peopledaily.com.cn" />
{'' if o.get('source_line') else f'<meta name="publishdate" content="{pub.strftime("%Y-%m-%d")}" />'}
<title>{e(a['headline'])} - french.peopledaily.com.cn</title>
<link href="/img/2020/css/page.css" type="text/css" rel="stylesheet" media="all" />
<script src="/img/2020/js/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="header"><div class="w1000 clearfix"><div class="logo fl"><a href="/" target="_blank"><img src="/img/2020/images/logo.png" alt="Le Quotidien du Peuple en ligne" /></a></div>
<div class="search fr"><form action="/search" method="get"><input type="text" name="keyword" /><input type="submit" value="Rechercher" /></form></div></div></div>
<div class="nav w1000 clearfix"><a href="/">Accueil</a>|<a href="/Chine/">Chine</a>|<a href="/International/">International</a>|<a href="/Economie/">Économie</a>|<a href="/Culture/">Culture</a>|<a href="/Afrique/">Afrique</a></div>
<div class="w1000 d2_content clearfix"><div class="d2_left fl">
<div class="path"><a href="/">Accueil</a>&gt;&gt;<a href="/International/">{e(a['section'])}</a></div>
<div class="d2txt clearfix">
<h1>{e(a['headline'])}</h1>
{origin}
<div class="zoom"><a href="#">A+</a> <a href="#">A-</a></div>
<div class="d2txt_con clearfix">
<p style="text-align: center;"><img src="/NMediaFile/2023/0714/FOREIGN202307141016000101.jpg" /></p>
<p class="pic_txt">Photo prise le {fr_date(pub - timedelta(days=2))} à Changsha, dans la province du Hunan (centre de la Chine). (Photo : Xinhua)</p>
{paras_html(a)}
<div class="edit">({label} : {e(', '.join(a['authors']))})</div>
</div></div>
<div class="d2_rel"><h3>Articles liés</h3><ul>
<li><a href="/n3/2023/0710/c31354-1.html">La Chine et le Kenya signent un accord sur les exportations d'avocats</a><span>{(pub - timedelta(days=4)).strftime('%Y-%m-%d')}</span></li>
<li><a href="/n3/2023/0707/c31354-2.html">Forum sur la coopération agricole sino-africaine à Hainan</a><span>{(pub - timedelta(days=7)).strftime('%Y-%m-%d')}</span></li></ul></div>
</div>
<div class="d2_right fr"><div class="p2_hot"><h3>Les plus lus</h3><ol><li><a href="/n3/x.html">Le train Chine-Laos transporte un nombre record de passagers</a></li></ol></div></div></div>
<div class="footer"><p>Copyright &copy; {pub.year} Le Quotidien du Peuple en ligne. Tous droits réservés.</p></div>
</body>
</html>
"""


def presstv(a, s, o):
    pub = dt(a["published"])
    url = f"https://{s['host']}/Detail/{pub.year}/{pub.month:02d}/{pub.day:02d}/{crc(a['id']) % 999999}/{slug(a['headline'])}"
    author = f'<div class="news-author">Par {e(a["authors"][0])}</div>' if a["authors"] else ""
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
{INVENTED}
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>PressTV-{e(a['headline'])}</title>
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<meta name="keywords" content="{e(', '.join(a['tags']))}">
<meta property="og:site_name" content="PressTV">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:description" content="{e(plain(a['paras'][0])[:150])}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="https://{s['host']}/Content/img/og-default.jpg">
<meta name="twitter:site" content="@PressTV">
<link rel="canonical" href="{url}">
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/site.min.css?v=3.2" rel="stylesheet">
<script src="/Scripts/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="top-date">{fr_weekday_date(datetime(2024, 9, 30))}</span><a href="/Live">Direct</a></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/Content/img/logo.png" alt="PressTV"></a>
<nav class="menu"><ul><li><a href="/Section/Iran">Iran</a></li><li><a href="/Section/MoyenOrient">Moyen-Orient</a></li><li><a href="/Section/Monde">Monde</a></li><li><a href="/Section/Afrique">Afrique</a></li></ul></nav></div></header>
<div class="container"><div class="row"><div class="col-md-8 news-page">
<div class="news-breadcrumb"><a href="/">Accueil</a> / <a href="/Section/{slug(a['section'])}">{e(a['section'])}</a></div>
<h1 class="news-title">{e(a['headline'])}</h1>
{author}
<div class="news-date"><i class="fa fa-clock-o"></i> {WEEKDAYS[pub.weekday()]}, {fr_date(pub)} {pub.hour:02d}:{pub.minute:02d}</div>
<figure class="news-image"><img src="/Content/img/photo.jpg" alt=""><figcaption>Photo d'archives, {fr_date(pub - timedelta(days=90))}.</figcaption></figure>
<div class="news-body">
{paras_html(a)}
<p class="news-source">(Avec agences)</p>
</div>
<div class="news-tags">{''.join(f'<a href="/Tag/{slug(t)}">{e(t)}</a>' for t in a['tags'])}</div>
<div class="news-share"><a href="#">Telegram</a> <a href="#">X</a> <a href="#">Facebook</a></div>
<div class="news-related"><h3>Sur le même sujet</h3><ul><li><a href="/Detail/x">L'Iran et l'Oman discutent de la sécurité dans le détroit d'Ormuz</a> <span class="date">{num_date(pub - timedelta(days=3))}</span></li></ul></div>
</div>
<div class="col-md-4 sidebar"><div class="most-viewed"><h3>Les plus vus</h3><ul><li><a href="/Detail/y">Téhéran accueille une conférence sur la Palestine</a></li></ul></div></div></div></div>
<footer class="footer"><div class="container">© {pub.year} PressTV. Tous droits réservés.</div></footer>
</body>
</html>
"""


def rt_france(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/international/{crc(a['id']) % 999999}-{slug(a['headline'])}"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["headline"],
          "image": {"@type": "ImageObject", "url": f"https://{s['host']}/photo.jpg", "width": 1200, "height": 630},
          "datePublished": iso(pub), "dateModified": iso(mod),
          "author": {"@type": "Organization", "name": "RT en français"},
          "publisher": {"@type": "Organization", "name": "RT en français",
                        "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"}},
          "description": plain(a["paras"][0])[:150]}
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
<meta charset="utf-8">
<title>{e(a['headline'])} — RT en français</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<meta property="og:site_name" content="RT en français">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:url" content="{url}">
<meta property="og:locale" content="fr_FR">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/static/css/main.4f2a.css">
</head>
<body class="Page Page_article">
<div class="Layout">
<header class="Header"><a class="Header-logo" href="/" title="RT en français"><svg class="Logo"></svg></a><nav class="Header-nav"><a href="/france">France</a><a href="/international">International</a><a href="/economie">Économie</a></nav></header>
<main class="Layout-main"><article class="ArticleView">
<div class="ArticleView-head">
<div class="ArticleView-rubric"><a href="/international">International</a></div>
<h1 class="ArticleView-title HeaderNews-type_1">{e(a['headline'])}</h1>
<div class="ArticleView-timestamp"><time class="Timestamp-default" datetime="{iso(pub)}">{short_date(pub)}, {pub.hour:02d}:{pub.minute:02d}</time></div>
</div>
<div class="ArticleView-cover"><img src="/photo.jpg" alt=""><div class="Media-caption">Un train à la gare de Khassan, le {fr_date(pub - timedelta(days=200))} (image d'illustration).</div></div>
<div class="ArticleView-text">
{paras_html(a)}
</div>
<div class="ArticleView-source">Source : RT France</div>
<div class="ArticleView-share Share"><a href="#">VK</a><a href="#">Telegram</a></div>
<div class="ArticleView-related Related"><h3>Sur le même sujet</h3><a href="/x">La Russie et la Corée du Nord signent un traité de partenariat</a> <time datetime="2024-06-19T12:00:00+03:00">19 juin 2024</time></div>
</article></main>
<footer class="Footer"><div class="Footer-copy">© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2024.</div></footer>
</div>
</body>
</html>
"""


def cgtn(a, s, o):
    pub = dt(a["published"])
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a['headline'])} - CGTN Français</title>
<meta name="keywords" content="{e(','.join(a['tags']))}">
<meta name="description" content="{e(plain(a['paras'][0])[:120])}">
<link rel="stylesheet" href="/static/css/detail.css?v=20230601">
<script src="/static/js/vendor.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><a href="/" class="logo"><img src="/static/img/logo-cgtn-fr.png" alt="CGTN Français"></a><ul class="menu"><li><a href="/chine">Chine</a></li><li><a href="/monde">Monde</a></li><li><a href="/afrique">Afrique</a></li></ul></div></div>
<div class="wrap main clearfix"><div class="left">
<div class="crumbs"><a href="/">Accueil</a> &gt; <a href="/monde">{e(a['section'])}</a></div>
<div class="news-title"><h1>{e(a['headline'])}</h1></div>
<div class="news-info"><span class="news-time">Publié le {pub.strftime('%Y-%m-%d %H:%M')}</span> <span class="news-source">Source : CGTN</span></div>
<div class="news-content">
<div class="img-box"><img src="/photo.jpg"><p class="img-txt">La cérémonie de signature, le {fr_date(pub)}. (Photo : CGTN)</p></div>
{paras_html(a)}
</div>
<div class="news-editor">Éditeur : {e(", ".join(a["authors"]))}</div>
<div class="news-recommend"><h3>Recommandé</h3><ul><li><a href="/x">La Chine et Vanuatu renforcent leur coopération</a><span>2023-07-01 10:00</span></li></ul></div>
</div><div class="right"><div class="hot"><h3>Populaire</h3></div></div></div>
<div class="footer">Copyright © 2023 CGTN. Tous droits réservés.</div>
</body>
</html>
"""


def sputnik(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    compact = pub.strftime("%Y%m%dT%H%M%z")
    url = f"https://{s['host']}/{pub.strftime('%Y%m%d')}/{slug(a['headline'])}-{crc(a['id']) % 9999999}.html"
    return f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
{INVENTED}
<head>
<meta charset="utf-8">
<title>{e(a['headline'])} - {num_date(pub, '.')}, Sputnik Afrique</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<meta name="analytics:title" content="{e(a['headline'])}">
<meta name="analytics:author" content="Sputnik Afrique">
<meta name="analytics:rubric" content="{e(a['section'])}">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:site_name" content="Sputnik Afrique">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{compact}">
<meta property="article:modified_time" content="{mod.strftime('%Y%m%dT%H%M%z')}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/css/common.min.css?9f1e">
</head>
<body class="body m-article">
<div class="page"><header class="header"><div class="header__logo"><a href="/"><img src="/i/logo.svg" alt="Sputnik Afrique"></a></div><nav class="header__nav"><a href="/afrique/">Afrique</a><a href="/international/">International</a></nav></header>
<div class="layout-article"><div class="article m-article"><div class="article__header">
<h1 class="article__title">{e(a['headline'])}</h1>
<div class="article__info"><div class="article__info-date"><a href="/{pub.strftime('%Y%m%d')}/" class="" data-unixtime="{int(pub.timestamp())}">{num_date(pub, '.')}, {pub.hour:02d}:{pub.minute:02d}</a> <span class="article__info-date-modified"> (mis à jour: <span data-unixtime="{int(mod.timestamp())}">{mod.hour:02d}:{mod.minute:02d} {num_date(mod, '.')}</span>)</span></div>
<div class="article__info-statistic"><span class="statistic__item m-views">1342</span></div></div>
<div class="article__announce"><div class="media"><img src="/img/photo.jpg" alt=""><div class="media__copyright">© Sputnik / Photo d'archives</div></div></div>
</div>
<div class="article__body">
{''.join(f'<div class="article__block" data-type="text"><div class="article__text">{e(p)}</div></div>' for p in a['paras'])}
</div>
<div class="article__tags">{''.join(f'<a class="tag" href="/keyword_{slug(t)}/">{e(t)}</a>' for t in a['tags'])}</div>
<div class="article__share share"><a href="#">Telegram</a><a href="#">VK</a></div>
</div>
<div class="sidebar"><div class="list"><div class="list__item"><a href="/x">L'Égypte rejoint les BRICS</a><div class="list__date">01.01.2024</div></div></div></div>
</div>
<footer class="footer"><div class="footer__copyright">© 2024 Sputnik Afrique</div></footer></div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- Joomla

def joomla(a, s, o):
    pub = dt(a["published"])
    who = a["joomla_author"]
    return f"""<!DOCTYPE html>
<html lang="fr-fr" dir="ltr">
{INVENTED}
<head>
    <meta charset="utf-8">
    <meta name="author" content="{e(who)}">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="{e(plain(a['paras'][0])[:150])}">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{e(a['headline'])} - Algérie Presse Service</title>
    <link href="/templates/cassiopeia/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
    <link href="/media/templates/site/cassiopeia/css/template.min.css?1a2b3c" rel="stylesheet">
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Erreur"}},"system.paths":{{"root":"","base":""}}}}</script>
    <script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-101 has-sidebar-right">
    <header class="header container-header full-width">
        <div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-aps.png" alt="Algérie Presse Service" width="300" height="90"></a><div class="site-description">Agence officielle</div></div></div>
        <div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default current active"><a href="/" aria-current="location">Accueil</a></li><li class="nav-item item-102"><a href="/algerie">Algérie</a></li><li class="nav-item item-103"><a href="/monde">Monde</a></li></ul></div>
    </header>
    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Fil d'Ariane"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">Accueil</span></a><meta itemprop="position" content="1"></li></ol></nav>
            <main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="fr-FR">
    <div class="page-header"><h1 itemprop="headline">{e(a['headline'])}</h1></div>
    <dl class="article-info text-muted">
            <dt class="article-info-term">Détails</dt>
                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    Écrit par : <span itemprop="name">{e(who)}</span>    </dd>
                    <dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Catégorie : <a href="/actualite" itemprop="genre">{e(a['section'])}</a></dd>
                    <dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{iso(pub)}" itemprop="datePublished">Publication : {fr_date(pub)}</time></dd>
                    <dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:512">Affichages : 512</dd>
    </dl>
    <div itemprop="articleBody" class="com-content-article__body">
{paras_html(a)}
    </div>
    <ul class="tags list-inline">{''.join(f'<li class="list-inline-item tag-{crc(t) % 99} tag-list0"><a href="/tags/{slug(t)}" class="btn btn-sm btn-info">{e(t)}</a></li>' for t in a['tags'])}</ul>
    <nav class="pagenavigation" aria-label="Navigation de page"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/prev" rel="prev"><span class="visually-hidden">Article précédent : Le président reçoit les lettres de créance de nouveaux ambassadeurs</span> Précédent</a></span></nav>
</div>
            </main>
        </div>
        <div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Dernières dépêches</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li itemscope itemtype="https://schema.org/Article"><a href="/x" itemprop="url"><span itemprop="name">Le Premier ministre reçoit une délégation d'hommes d'affaires</span></a><meta itemprop="datePublished" content="2023-10-09T11:00:00+01:00"></li></ul></div></div></div>
    </div>
    <footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>© {pub.year} Algérie Presse Service — Tous droits réservés</p></div></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- Ghost, Next.js, AMP

def ghost(a, s, o):
    pub = dt(a["published"])
    url = f"https://{s['host']}/{slug(a['headline'])}/"
    au = a["authors"][0]
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": s["name"], "url": f"https://{s['host']}/",
                        "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/content/images/logo.png"}},
          "author": {"@type": "Person", "name": au, "image": {"@type": "ImageObject", "url": f"https://{s['host']}/content/images/author.jpg"},
                     "url": f"https://{s['host']}/author/{slug(au)}/", "sameAs": []},
          "headline": a["headline"], "url": url, "datePublished": utc(pub, True), "dateModified": utc(dt(a["modified"]) or pub, True),
          "keywords": ", ".join(a["tags"]), "description": a["standfirst"] or plain(a["paras"][0])[:150],
          "mainEntityOfPage": url}
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{e(a['headline'])}</title>
    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=4c1f2e1a9b">
    <meta name="description" content="{e(a['standfirst'] or plain(a['paras'][0])[:150])}">
    <link rel="icon" href="https://{s['host']}/content/images/size/w256h256/2023/01/favicon.png" type="image/png">
    <link rel="canonical" href="{url}">
    <meta name="referrer" content="no-referrer-when-downgrade">
    <meta property="og:site_name" content="{e(s['name'])}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{e(a['headline'])}">
    <meta property="og:description" content="{e(a['standfirst'] or plain(a['paras'][0])[:150])}">
    <meta property="og:url" content="{url}">
    <meta property="article:published_time" content="{utc(pub, True)}">
    <meta property="article:modified_time" content="{utc(dt(a['modified']) or pub, True)}">
    {''.join(f'<meta property="article:tag" content="{e(t)}">' for t in a['tags'])}
    <meta name="twitter:card" content="summary_large_image">
    <meta name="twitter:title" content="{e(a['headline'])}">
    <meta name="twitter:label1" content="Written by">
    <meta name="twitter:data1" content="{e(au)}">
    <meta name="twitter:label2" content="Filed under">
    <meta name="twitter:data2" content="{e(a['tags'][0])}">
    <script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, indent=4)}
    </script>
    <meta name="generator" content="Ghost 5.71">
    <link rel="alternate" type="application/rss+xml" title="{e(s['name'])}" href="https://{s['host']}/rss/">
    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.36/umd/portal.min.js" data-i18n="false" data-ghost="https://{s['host']}/" data-key="0000000000000000000000" data-api="https://{s['host']}/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content {{ border-radius: 8px; }}</style>
</head>
<body class="post-template tag-{slug(a['tags'][0])} is-head-left-logo has-cover">
<div class="viewport">
    <header id="gh-head" class="gh-head outer">
        <div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo no-image" href="https://{s['host']}">{e(s['name'])}</a><button class="gh-search gh-icon-btn" aria-label="Rechercher"></button></div>
            <nav class="gh-head-menu"><ul class="nav"><li class="nav-accueil nav-current"><a href="https://{s['host']}/">Accueil</a></li><li class="nav-analyses"><a href="https://{s['host']}/tag/analyses/">Analyses</a></li><li class="nav-a-propos"><a href="https://{s['host']}/a-propos/">À propos</a></li></ul></nav>
            <div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Connexion</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">S'abonner</a></div></div>
    </header>
    <div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-{slug(a['tags'][0])} featured">
    <header class="article-header gh-canvas">
        <div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/{slug(a['tags'][0])}/">{e(a['tags'][0])}</a></span><span class="post-card-featured"><svg width="16" height="17" viewBox="0 0 16 17"></svg> Sélection</span></div>
        <h1 class="article-title">{e(a['headline'])}</h1>
        {f'<p class="article-excerpt">{e(a["standfirst"])}</p>' if a['standfirst'] else ''}
        <div class="article-byline"><section class="article-byline-content">
            <ul class="author-list"><li class="author-list-item"><a href="/author/{slug(au)}/" class="author-avatar author-profile-image"><img src="/content/images/author.jpg" alt="{e(au)}"></a></li></ul>
            <div class="article-byline-meta"><h4 class="author-name"><a href="/author/{slug(au)}/">{e(au)}</a></h4>
                <div class="byline-meta-content"><time class="byline-meta-date" datetime="{pub.strftime('%Y-%m-%d')}">{short_date(pub)}</time><span class="byline-reading-time"><span class="bull">&bull;</span> 4 min de lecture</span></div></div>
        </section></div>
        <figure class="article-image"><img src="/content/images/2023/11/cover.jpg" alt="Cover"><figcaption>Le port, photographié le {fr_date(pub - timedelta(days=60))}.</figcaption></figure>
    </header>
    <section class="gh-content gh-canvas">
{paras_html(a)}
    </section>
</article>
</main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Abonnez-vous à {e(s['name'])}</h2><a class="footer-cta-button" href="#/portal" data-portal><div class="footer-cta-input">Votre adresse e-mail</div><span>S'abonner</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/x/"><img class="post-card-image" src="/x.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">Le Maroc, nouveau carrefour des câbles sous-marins</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2023-10-01">1 oct. 2023</time></footer></div></article></div></aside>
    </div>
    <footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://{s['host']}">{e(s['name'])}</a> &copy; 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/confidentialite/">Confidentialité</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Propulsé par Ghost</a></div></div></footer>
</div>
</body>
</html>
"""


def nextjs(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{slug(a['section'])}/{slug(a['headline'])}"
    names = a["authors"]
    links = [f'<a class="Article_author__w3E4r" href="/auteurs/{slug(n)}">{e(n)}</a>' for n in names]
    byline = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " et " + links[-1]
    agencies = "".join(f" avec {e(ag)}" for ag in a["agencies"])
    updated = f'<span class="Article_updated__j7K8l">Mis à jour le {fr_date(mod)} à {mod.hour:02d}:{mod.minute:02d}</span>' if mod else ""
    data = {"props": {"pageProps": {"article": {"id": f"a-{crc(a['id']) % 9999}", "title": a["headline"],
                                                "publishedAt": utc(pub, True), "updatedAt": utc(mod or pub, True),
                                                "authors": [{"name": n, "slug": slug(n)} for n in names],
                                                "section": a["section"], "body": [{"type": "paragraph", "text": p} for p in a["paras"]]},
                                    "related": [{"title": t, "publishedAt": w} for t, _, w in RELATED]}, "__N_SSP": True},
            "page": "/[section]/[slug]", "query": {"section": slug(a["section"]), "slug": slug(a["headline"])},
            "buildId": "hG2k9sLq0aZ", "isFallback": False, "gssp": True, "scriptLoader": []}
    return f"""<!DOCTYPE html><html lang="fr">
{INVENTED}
<head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{e(a['headline'])} | {e(s['name'])}</title><meta name="description" content="{e(a['standfirst'] or plain(a['paras'][0])[:150])}"/><meta property="og:title" content="{e(a['headline'])}"/><meta property="og:type" content="article"/><meta property="og:url" content="{url}"/><meta property="og:site_name" content="{e(s['name'])}"/><meta property="article:published_time" content="{utc(pub, True)}"/><meta name="twitter:card" content="summary_large_image"/><link rel="canonical" href="{url}"/><meta name="next-head-count" content="11"/><link rel="preload" href="/_next/static/css/8a1b2c3d4e5f6a7b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8a1b2c3d4e5f6a7b.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-5429a50ba5373c56.js" defer=""></script><script src="/_next/static/chunks/main-7c1d5c4e2b0e1f3a.js" defer=""></script><script src="/_next/static/chunks/pages/_app-0a1b2c3d4e5f6071.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-3e2f8a9b0c1d2e3f.js" defer=""></script><script src="/_next/static/hG2k9sLq0aZ/_buildManifest.js" defer=""></script><script src="/_next/static/hG2k9sLq0aZ/_ssgManifest.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__aB3dE"><header class="Header_header__x9YtQ"><a class="Header_logo__q1W2e" href="/" aria-label="{e(s['name'])}"><svg viewBox="0 0 120 24" role="img"><title>{e(s['name'])}</title></svg></a><nav class="Header_nav__k8J7h"><a href="/europe">Europe</a><a href="/afrique">Afrique</a><a href="/asie">Asie</a><a href="/economie">Économie</a></nav></header>
<div class="Ticker_ticker__p4Q5r"><span>En continu</span><ul><li><time dateTime="{iso(pub - timedelta(hours=1))}">{(pub - timedelta(hours=1)).hour:02d}:{pub.minute:02d}</time> Séisme au large de Sumatra</li></ul></div>
<main class="Article_main__Zx81p"><article class="Article_article__m2N3b"><div class="Article_kicker__p0O9i">{e(a['section'])}</div><h1 class="Article_title__c4V5b">{e(a['headline'])}</h1>{f'<p class="Article_standfirst__r6T7y">{e(a["standfirst"])}</p>' if a['standfirst'] else ''}
<div class="Article_meta__s8D9f"><span class="Article_byline__u1I2o">Par {byline}{agencies}</span><time dateTime="{iso(pub)}" class="Article_date__h5G6j">{fr_date(pub)} à {pub.hour:02d}:{pub.minute:02d}</time>{updated}</div>
<div class="Share_share__t5Y6u"><button>Copier le lien</button><a href="#">LinkedIn</a><a href="#">X</a></div>
<div class="Article_body__n9M0b">{''.join(f'<p>{e(p)}</p>' for p in a['paras'])}</div>
<aside class="Article_related__y2T3u"><h2>À lire aussi</h2><ul>{''.join(f'<li><a href="/{slug(t)}">{e(t)}</a><time dateTime="{w}">{fr_date(dt(w))}</time></li>' for t, _, w in RELATED)}</ul></aside></article></main>
<div class="CookieConsent_banner__a1B2c" role="dialog"><p>Nous utilisons des cookies. Mis à jour le 1er janvier 2024.</p><button>Accepter</button><button>Refuser</button></div>
<footer class="Footer_footer__d3F4g"><p>© 2024 {e(s['name'])}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script></body></html>
"""


def amp(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{pub.year}/{pub.month:02d}/{slug(a['headline'])}/"
    if a["authors"]:
        author_ld = {"@type": "Person", "name": a["authors"][0]}
        byline = f'<span class="amp-wp-author author vcard">{e(a["authors"][0])}</span>'
    else:
        author_ld = {"@type": "Organization", "name": a["agencies"][0]}
        byline = f'<span class="amp-wp-author author vcard">Par {e(a["agencies"][0])}</span>'
    art = {"@type": "NewsArticle", "mainEntityOfPage": url, "headline": a["headline"], "datePublished": iso(pub),
           "dateModified": iso(mod or pub), "author": author_ld,
           "publisher": {"@id": f"https://{s['host']}/#org"}, "image": {"@type": "ImageObject", "url": f"https://{s['host']}/photo.jpg", "width": 1200, "height": 800}}
    if o.get("graph"):
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": f"https://{s['host']}/#org", "name": s["name"], "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"}},
            {"@type": "WebPage", "@id": url, "name": a["headline"], "mainEntity": art}]}
    else:
        art["publisher"] = {"@type": "Organization", "name": s["name"], "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"}}
        ld = dict({"@context": "http://schema.org"}, **art)
    return f"""<!doctype html>
<html ⚡ lang="fr">
{INVENTED}
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{e(a['headline'])} – {e(s['name'])}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@-webkit-keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;-moz-animation:none;animation:none}}</style></noscript>
<style amp-custom>.amp-wp-header{{background:#0a3d62}}.amp-wp-title{{font-size:1.8em}}.amp-wp-meta{{color:#555}}</style>
</head>
<body class="">
<header id="#top" class="amp-wp-header"><div><a href="https://{s['host']}/"><span class="amp-site-title">{e(s['name'])}</span></a></div></header>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXXXXX","config":{{"G-XXXXXXX":{{"groups":"default"}}}}}},"extraUrlParams":{{"published":"2019-03-01","author":"Webmaster"}}}}</script></amp-analytics>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{e(a['headline'])}</h1>
<div class="amp-wp-meta amp-wp-byline"><amp-img src="https://{s['host']}/avatar.png" alt="" width="24" height="24" layout="fixed"></amp-img>{byline}</div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{utc(pub)}">il y a 9 mois</time></div>
</header>
<figure class="amp-wp-article-featured-image wp-caption"><amp-img width="1200" height="800" src="https://{s['host']}/photo.jpg" layout="intrinsic"></amp-img><p class="wp-caption-text">Le poste-frontière le {fr_date(pub - timedelta(days=100))}.</p></figure>
<div class="amp-wp-article-content">
{paras_html(a)}
</div>
<footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Catégories : <a href="/{slug(a['section'])}/" rel="category tag">{e(a['section'])}</a></div><div class="amp-wp-meta amp-wp-comments-link"><a href="{url}#respond">Laisser un commentaire</a></div></footer>
</article>
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="0" width="40" height="40"></amp-social-share><amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share></div>
<footer class="amp-wp-footer"><div><h2>{e(s['name'])}</h2><a href="#top" class="back-to-top">Retour en haut</a></div></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- newspapers

def lemonde_like(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{slug(a['section'])}/article/{pub.strftime('%Y/%m/%d')}/{slug(a['headline'])}_{crc(a['id']) % 9999999}_3210.html"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["headline"],
          "description": a["standfirst"], "datePublished": iso(pub), "dateModified": iso(mod or pub),
          "author": [{"@type": "Person", "name": n, "url": f"https://{s['host']}/signataires/{slug(n)}/"} for n in a["authors"]],
          "publisher": {"@type": "NewsMediaOrganization", "name": "Le Monde", "logo": {"@type": "ImageObject", "url": f"https://{s['host']}/logo.png"}},
          "isAccessibleForFree": False,
          "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".article__content--restricted"}}
    links = [f'<a class="article__author-link" href="/signataires/{slug(n)}/">{e(n)}</a>' for n in a["authors"]]
    byline = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " et " + links[-1]
    role = o.get("role", "")
    stamp = f"Publié le {fr_date_time(pub)}" + (f", modifié le {fr_date_time(mod)}" if mod else "")
    return f"""<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
{INVENTED}
<head>
<meta charset="UTF-8">
<title>{e(a['headline'])}</title>
<meta name="description" content="{e(a['standfirst'])}">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="Le Monde.fr">
<meta property="og:description" content="{e(a['standfirst'])}">
<meta property="og:image" content="https://img.lemonde.example/photo.jpg">
<meta property="og:article:published_time" content="{iso(pub)}">
{f'<meta property="og:article:modified_time" content="{iso(mod)}">' if mod else ''}
<meta property="og:article:section" content="{e(a['section'])}">
<meta property="og:article:author" content="Le Monde">
<meta name="twitter:site" content="@lemondefr">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="https://{s['host']}/bucket/css/article.css">
<script>var lmd = {{"context":{{"page":{{"type":"article","premium":true,"published":"{pub.strftime('%Y-%m-%d')}"}}}}}};</script>
</head>
<body class="article-page">
<div class="Header Header--full"><div class="Header__wrapper"><a class="Header__logo" href="/" title="Le Monde"><svg class="Header__logo-svg"></svg></a>
<nav class="Nav Nav--main"><ul><li><a href="/international/">International</a></li><li><a href="/politique/">Politique</a></li><li><a href="/societe/">Société</a></li><li><a href="/planete/">Planète</a></li></ul></nav>
<div class="Header__actions"><a class="Header__subscribe" href="/abonnement/">S'abonner</a><a class="Header__login" href="/login/">Se connecter</a></div></div></div>
<div class="gdpr-box">Le Monde et ses partenaires utilisent des cookies. <button>Accepter et continuer</button></div>
<main id="garden-main"><section class="zone zone--article"><section class="article__wrapper article__wrapper--premium">
<section class="article__heading"><ul class="breadcrumb"><li><a href="/international/">International</a></li><li><a href="/{slug(a['section'])}/">{e(a['section'])}</a></li></ul>
<p class="article__status"><span class="icon__premium"></span> Article réservé aux abonnés</p>
<h1 class="article__title">{e(a['headline'])}</h1>
<p class="article__desc">{e(a['standfirst'])}</p>
<section class="meta meta__social old__meta-social"><ul class="meta__social-list"><li><a class="meta__social-link--facebook" href="#">Partager sur Facebook</a></li><li><a class="meta__social-link--mail" href="#">Envoyer par e-mail</a></li></ul></section>
<div class="meta meta__publisher"><span class="meta__author meta__author--no-after">{byline}{e(role)}</span><span class="meta__date meta__date--header">{stamp}</span><span class="meta__reading-time"><span class="icon__reading-time"></span>Temps de Lecture 3 min.</span></div>
<section class="article__media"><figure class="article__media"><img src="https://img.lemonde.example/photo.jpg" alt=""><figcaption class="article__legend">Une réunion au ministère, le {fr_date(pub - timedelta(days=5))}. PHOTOGRAPHE / AFP</figcaption></figure></section>
</section>
<article class="article__content old__article-content-single">
<p class="article__paragraph ">{e(a['paras'][0])}</p>
<section class="inread inread--NL"><span class="inread__title">Newsletter</span><p class="inread__desc">« Le Monde international » Chaque jour, l'essentiel de l'actualité.</p><a class="inread__link" href="/newsletters/">S'inscrire</a></section>
{''.join(f'<p class="article__paragraph ">{e(p)}</p>' for p in a['paras'][1:])}
</article>
<section class="paywall paywall--article"><p>Il vous reste 62.4% de cet article à lire. La suite est réservée aux abonnés.</p></section>
<section class="article__siblings"><h3 class="article__siblings-title">Lire aussi</h3><ul>{''.join(f'<li><a href="/{slug(t)}/">{e(t)}</a></li>' for t, _, _ in RELATED)}</ul></section>
</section></section></main>
<footer class="Footer"><p class="Footer__copyright">Le Monde.fr — Tous droits réservés</p></footer>
</body>
</html>
"""


def lefigaro_like(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/international/{slug(a['headline'])}-{pub.strftime('%Y%m%d')}"
    if a["authors"]:
        author_ld = [{"@type": "Person", "name": n} for n in a["authors"]]
        byline = "Par " + " et ".join(f'<a class="fig-content-metas__author" href="/auteur/{slug(n)}">{e(n)}</a>' for n in a["authors"])
    else:
        author_ld = [{"@type": "Person", "name": "Le Figaro avec AFP"}]
        byline = '<span class="fig-content-metas__author">Par Le Figaro avec AFP</span>'
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["headline"],
          "datePublished": iso(pub), "dateModified": iso(mod), "author": author_ld,
          "publisher": {"@type": "Organization", "name": "Le Figaro", "logo": {"@type": "ImageObject", "url": "https://static.lefigaro.example/logo.png"}},
          "articleSection": a["section"], "isAccessibleForFree": True, "mainEntityOfPage": url}
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
<meta charset="utf-8">
<title>{e(a['headline'])}</title>
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Figaro">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(pub)}">
<meta property="article:modified_time" content="{iso(mod)}">
<meta property="article:section" content="{e(a['section'])}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.didomiConfig = {{"notice":{{"position":"popup"}}}};</script>
<link rel="stylesheet" href="https://static.lefigaro.example/css/article.css">
</head>
<body class="fig-page fig-page--article">
<header class="fig-header"><div class="fig-header__inner"><a class="fig-header__logo" href="/"><img alt="Le Figaro" src="/logo.svg"></a><nav class="fig-nav"><a href="/politique/">Politique</a><a href="/international/">International</a><a href="/economie/">Économie</a></nav><a class="fig-header__subscribe" href="/abonnement/">Je m'abonne</a></div></header>
<div id="didomi-host" class="didomi-consent-popup">Avec votre accord, nous et nos partenaires utilisons des cookies.</div>
<main class="fig-main"><article class="fig-main-col">
<div class="fig-breadcrumb"><a href="/international/">International</a></div>
<h1 class="fig-headline">{e(a['headline'])}</h1>
<div class="fig-content-metas"><span class="fig-content-metas__authors">{byline}</span>
<span class="fig-content-metas__pub"><span class="fig-content-metas__pub-date">Publié le <time datetime="{iso(pub)}">{num_date(pub)} à {pub.hour:02d}:{pub.minute:02d}</time></span>, <span class="fig-content-metas__pub-maj-date">Mis à jour le <time datetime="{iso(mod)}">{num_date(mod)} à {mod.hour:02d}:{mod.minute:02d}</time></span></span></div>
<div class="fig-content-metas__share fig-share"><button class="fig-share__btn">Partager</button><button class="fig-share__btn">Copier le lien</button></div>
<figure class="fig-media"><img src="/photo.jpg" alt=""><figcaption class="fig-media__legend">La délégation à son arrivée, le {fr_date(pub - timedelta(days=1))}. <span class="fig-media__credit">REUTERS</span></figcaption></figure>
<div class="fig-content-body">
{''.join(f'<p class="fig-paragraph">{e(p)}</p>' for p in a['paras'])}
</div>
<div class="fig-premium-mark-article"><a href="/abonnement/">Découvrir nos offres</a></div>
<section class="fig-comments"><h2>Commentaires (4)</h2><div class="fig-comment"><span class="fig-comment__author">Jean-Michel Dubois</span> <span class="fig-comment__date">le {num_date(pub)} à 12:40</span><p>Par ailleurs, la France devrait suivre de près.</p></div></section>
</article>
<aside class="fig-aside"><section class="fig-most-read"><h2>Les plus lus</h2><ol><li><a href="/x">Le G7 se réunit au Japon</a></li></ol></section></aside></main>
<footer class="fig-footer"><p>© Le Figaro 2024</p></footer>
</body>
</html>
"""


def france24_like(a, s, o):
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/fr/afrique/{pub.strftime('%Y%m%d')}-{slug(a['headline'])}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["headline"],
          "datePublished": iso(pub), "dateModified": iso(mod),
          "author": [{"@type": "Person", "name": "FRANCE 24", "url": f"https://{s['host']}/fr/auteur/france-24/"}],
          "publisher": {"@type": "NewsMediaOrganization", "name": "France 24", "url": f"https://{s['host']}/fr/"},
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "inLanguage": "fr"}
    return f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
{INVENTED}
<head>
<meta charset="utf-8">
<title>{e(a['headline'])}</title>
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<meta property="og:site_name" content="France 24">
<meta property="og:title" content="{e(a['headline'])}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso(pub)}">
<meta property="article:modified_time" content="{iso(mod)}">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link rel="stylesheet" href="/build/css/article.css">
</head>
<body class="o-body">
<header class="o-site-header"><a class="o-site-header__logo" href="/fr/"><img alt="France 24" src="/logo.svg"></a><nav class="m-main-menu"><a href="/fr/france/">France</a><a href="/fr/afrique/">Afrique</a><a href="/fr/moyen-orient/">Moyen-Orient</a></nav><a class="o-site-header__live" href="/fr/direct">Direct</a></header>
<main class="t-content t-content--article"><article class="t-content__article-wrapper">
<div class="t-content__header"><div class="m-breadcrumb"><a href="/fr/afrique/">Afrique</a></div>
<h1 class="t-content__title a-page-title">{e(a['headline'])}</h1>
<div class="t-content__authors"><span class="m-from-author"><span class="m-from-author__label">Texte par :</span><a class="m-from-author__name" href="/fr/auteur/france-24/">FRANCE 24</a><span class="m-from-author__follow">Suivre</span></span></div>
<div class="t-content__dates"><p class="m-pub-dates"><span class="m-pub-dates__date"><time datetime="{iso(pub)}">Publié le : {num_date(pub)} - {pub.hour:02d}:{pub.minute:02d}</time></span><span class="m-pub-dates__date">Modifié le : <time datetime="{iso(mod)}">{num_date(mod)} - {mod.hour:02d}:{mod.minute:02d}</time></span></p></div>
<div class="t-content__share m-share-bar"><a href="#">Facebook</a><a href="#">X</a><a href="#">Courriel</a></div></div>
<div class="t-content__main-media"><figure class="m-figure"><img src="/photo.jpg" alt=""><figcaption class="m-figure__caption">Le ministre lors d'une visite, le {fr_date(pub - timedelta(days=300))}. © AFP</figcaption></figure></div>
<p class="t-content__chapo">{e(plain(a['paras'][0])[:120])}…</p>
<div class="t-content__body u-clearfix">
{paras_html(a)}
<p>Avec {e(a['agencies'][0])}</p>
</div>
<div class="t-content__tags"><span>Mots-clés :</span>{''.join(f'<a href="/fr/tag/{slug(t)}/">{e(t)}</a>' for t in a['tags'])}</div>
</article>
<section class="m-item-list-article related"><h2>Sur le même sujet</h2><ul><li><a href="/fr/x">Le Niger et l'Algérie relancent leur coopération</a><span class="m-pub-dates__date">{num_date(pub - timedelta(days=20))}</span></li></ul></section>
</main>
<footer class="o-site-footer"><p>© 2024 France Médias Monde</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- special cases

def bare_no_metadata(a, s, o):
    """A saved fragment: no head metadata, no headline, no byline, no date. Every value must be null."""
    return f"""<html>
{INVENTED}
<head><meta charset="utf-8"></head>
<body>
<div class="wrapper"><div class="content">
{paras_html(a)}
</div>
<div class="bottom"><a href="/">Retour</a> · <a href="#top">Haut de page</a></div></div>
</body>
</html>
"""


def visible_only(a, s, o):
    """No <head> at all: headline, byline and date only as visible text."""
    pub = dt(a["published"])
    return f"""<html>
{INVENTED}
<body>
<div class="page">
<div class="top"><a href="/">Accueil</a> | <a href="/actualites">Actualités</a> | <a href="/contact">Contact</a></div>
<h1>{e(a['headline'])}</h1>
<p class="byline">Par {e(a['authors'][0])}</p>
<p class="date">{fr_date(pub)}</p>
<div class="text">
{paras_html(a)}
</div>
<p class="back"><a href="/actualites">← Retour aux actualités</a></p>
</div>
</body>
</html>
"""


def generic_news(a, s, o):
    """A bespoke newspaper template; o selects its metadata defects (stale og date, SEO title, broken JSON-LD...)."""
    pub, mod = dt(a["published"]), dt(a["modified"])
    url = f"https://{s['host']}/{slug(a['section'])}/{slug(a['headline'])}-{crc(a['id']) % 99999}"
    og_title = a.get("seo_title") or a["headline"]
    og_published = iso(mod) if o.get("og_date_is_update") else iso(pub)
    head = [f'<title>{e(og_title)} | {e(s["name"])}</title>',
            f'<meta name="description" content="{e(plain(a["paras"][0])[:150])}">',
            f'<meta property="og:site_name" content="{e(s["name"])}">',
            f'<meta property="og:title" content="{e(og_title)}">',
            f'<meta property="og:type" content="article">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="article:published_time" content="{og_published}">',
            f'<link rel="canonical" href="{url}">']
    if mod:
        head.append(f'<meta property="article:modified_time" content="{iso(mod)}">')
    if o.get("meta_author"):
        head.append(f'<meta name="author" content="{e(a["authors"][0])}">')
    if o.get("seo_jsonld"):
        head.append(jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": og_title,
                            "datePublished": iso(pub), "author": {"@type": "Person", "name": a["authors"][0]},
                            "publisher": {"@type": "NewsMediaOrganization", "name": s["name"]}}))
    if o.get("broken_jsonld"):
        # a CMS template that pastes the headline unescaped and is cut by a length limit
        head.append('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",'
                    f'"headline":"{a["headline"]}","description":"Les ministres ont qualifié la rencontre de "franche",'
                    f'"datePublished":"{iso(pub)}","author":{{"@type":"Person","name":"{a["authors"][0]}"}},"publisher":{{"@type":"Organ')
        head.append('</script>')
        head.append(jsonld({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Accueil", "item": f"https://{s['host']}/"},
            {"@type": "ListItem", "position": 2, "name": a["section"], "item": f"https://{s['host']}/{slug(a['section'])}/"}]}))
        head.append('<script type="application/ld+json">{{ organization_schema | safe }}</script>')
    stamp = f"Publié le {fr_date_time(pub)}" + (f" · Mis à jour le {fr_date_time(mod)}" if mod else "")
    if o.get("rel_author"):
        byline = f'<div class="article-meta">Par <a rel="author" href="/auteurs/{slug(a["authors"][0])}">{e(a["authors"][0])}</a> · <time datetime="{iso(pub)}">{fr_date(pub)}</time></div>'
    else:
        byline = f'<div class="article-meta"><span class="signature">Par {e(a["authors"][0])}</span> <span class="stamp">{stamp}</span></div>'
    feed = ""
    if o.get("live_feed"):
        items = "".join(f'<li><time datetime="{iso(pub - timedelta(days=1, hours=h))}">{(pub - timedelta(hours=h)).hour:02d}:{pub.minute:02d}</time> '
                        f'<a href="/fil/{h}">Dépêche du fil numéro {h}</a></li>' for h in range(1, 6))
        feed = f'<div class="live-feed"><h2>Le fil</h2><ul>{items}</ul></div>'
    more = ""
    if o.get("more_stories"):
        cards = "".join(f'<div class="story-card"><h3><a href="/{slug(t)}">{e(t)}</a></h3><p class="story-card__byline">Par {e(au)}</p>'
                        f'<time datetime="{w}">{fr_date(dt(w))}</time></div>' for t, au, w in RELATED)
        more = f'<div class="more-stories"><h2>Plus d\'articles</h2>{cards}</div>'
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
{heavy_head_assets(s['host'], 2)}
</head>
<body class="page-article">
<header class="masthead"><a class="masthead__logo" href="/">{e(s['name'])}</a><nav class="masthead__nav"><a href="/monde">Monde</a><a href="/asie">Asie</a><a href="/europe">Europe</a><a href="/afrique">Afrique</a></nav></header>
{cookie_banner(s['name'])}
{feed}
<main class="content"><article class="story">
<p class="story__section"><a href="/{slug(a['section'])}">{e(a['section'])}</a></p>
<h1 class="story__headline">{e(a['headline'])}</h1>
{byline}
{share_bar()}
<figure class="story__figure"><img src="/photo.jpg" alt=""><figcaption>Photo d'archives du {fr_date(pub - timedelta(days=15))}.</figcaption></figure>
<div class="story__body">
{paras_html(a)}
</div>
</article>
{more}
{comments(a)}
</main>
{site_footer(s['name'])}
</body>
</html>
"""


def rfi_like(a, s, o):
    """The site's logo is the page's only <h1>; the headline is an unmarked <h2>; og:title carries a site prefix."""
    pub = dt(a["published"])
    url = f"https://{s['host']}/fr/afrique/{pub.strftime('%Y%m%d')}-{slug(a['headline'])}"
    return f"""<!DOCTYPE html>
<html lang="fr">
{INVENTED}
<head>
<meta charset="utf-8">
<title>RFI - {e(a['headline'])}</title>
<meta property="og:site_name" content="RFI">
<meta property="og:title" content="RFI - {e(a['headline'])}">
<meta property="og:url" content="{url}">
<meta name="description" content="{e(plain(a['paras'][0])[:150])}">
<link rel="canonical" href="{url}">
{heavy_head_assets(s['host'], 2)}
</head>
<body>
<header class="o-header"><h1 class="o-header__logo"><a href="/fr/"><img src="/logo.svg" alt="RFI"></a></h1><nav class="o-header__nav"><a href="/fr/afrique/">Afrique</a><a href="/fr/monde/">Monde</a></nav></header>
<main><div class="o-self-promo"><a href="/fr/podcasts/">Écoutez nos podcasts</a></div>
<div class="t-article">
<p class="t-article__kicker">{e(a['section'])}</p>
<h2 class="h2-main">{e(a['headline'])}</h2>
<p class="article-author">{e(a['authors'][0])}, correspondant à Lomé</p>
<p class="article-date">Publié le {num_date(pub)} à {pub.hour:02d}:{pub.minute:02d}</p>
<div class="t-article__body">
{paras_html(a)}
</div>
<div class="m-share"><a href="#">Partager</a></div>
</div></main>
<footer class="o-footer"><p>© RFI 2023</p></footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------- the corpus

def site(name, host, outlet=None, **kw):
    return dict(name=name, host=host, outlet=outlet or name, **kw)


PAGES = {
    "wp-yoast-echo-diplomatique": (wp_twentytwenty, site("L'Écho diplomatique", "www.echo-diplomatique.fr"), {}),
    "wp-yoast-maghreb-diplomatie": (wp_twentytwenty, site("Maghreb Diplomatie", "www.maghreb-diplomatie.com"), {}),
    "wp-newspaper-sahel-observateur": (wp_newspaper, site("Sahel Observateur", "sahel-observateur.info"), {}),
    "wp-newspaper-no-jsonld": (wp_newspaper, site("Afrique Économie Hebdo", "www.afrique-eco-hebdo.com"), {"yoast": False}),
    "wp-generatepress-redaction": (wp_generatepress, site("Le Courrier du Maghreb", "courrier-maghreb.tn"), {}),
    "wp-coauthors-afrique-monde": (wp_coauthors, site("Afrique Monde Magazine", "afriquemonde-mag.com"), {}),
    "wp-astra-byline-in-text": (wp_astra_plain, site("L'Observateur de l'Est africain", "observateur-estafricain.org"), {}),
    "wp-yoast-desk-then-signature": (wp_twentytwenty, site("Le Détroit", "www.ledetroit.ma"),
                                     {"yoast_author": "Rédaction", "byline": "Rédaction", "signature": "Youssef El Amrani"}),
    "arc-fusion-utc-midnight": (arc_fusion, site("La Dépêche mondiale", "www.ladepechemondiale.com", arc_site="ladepeche"), {}),
    "arc-fusion-only": (arc_fusion, site("La Dépêche mondiale", "www.ladepechemondiale.com", arc_site="ladepeche"), {"fusion_only": True}),
    "drupal7-rdfa-observatoire": (drupal7, site("Observatoire de l'Afrique centrale", "www.observatoire-afrique-centrale.org"), {}),
    "drupal9-schema-revue-strategique": (drupal9, site("Revue stratégique", "www.revue-strategique.fr"), {}),
    "xinhua-table-classic": (xinhua_table, site("French.news.cn", "french.news.cn", "Xinhua", lang=None), {}),
    "xinhua-table-contit": (xinhua_table, site("French.news.cn", "french.news.cn", "Xinhua", lang=None), {"contit": True}),
    "peoples-daily-origin": (peoples_daily, site("Le Quotidien du Peuple en ligne", "french.peopledaily.com.cn", "People's Daily"), {"feminine": True}),
    "peoples-daily-source-line": (peoples_daily, site("Le Quotidien du Peuple en ligne", "french.peopledaily.com.cn", "People's Daily"), {"source_line": True}),
    "presstv-news-page": (presstv, site("PressTV", "french.presstv.ir", "Press TV"), {}),
    "presstv-agences": (presstv, site("PressTV", "french.presstv.ir", "Press TV"), {}),
    "rt-france-organization-author": (rt_france, site("RT en français", "francais.rt.com", "RT"), {}),
    "aps-joomla-agency-credit": (joomla, site("Algérie Presse Service", "www.aps.dz", "APS"), {}),
    "aps-joomla-person": (joomla, site("Algérie Presse Service", "www.aps.dz", "APS"), {}),
    "ghost-carnet-geopolitique": (ghost, site("Carnet géopolitique", "www.carnet-geopolitique.fr"), {}),
    "ghost-utc-day-shift": (ghost, site("Latitudes Sud", "www.latitudes-sud.net"), {}),
    "nextjs-le-fil-international": (nextjs, site("Le Fil international", "www.lefilinternational.fr"), {}),
    "nextjs-multiple-authors": (nextjs, site("Le Fil international", "www.lefilinternational.fr"), {}),
    "amp-actu-afrique": (amp, site("Actu Afrique", "www.actu-afrique.net"), {}),
    "amp-ld-graph-agency": (amp, site("Océan Indien Info", "www.oceanindien-info.com"), {"graph": True}),
    "lemonde-like-two-authors": (lemonde_like, site("Le Monde", "www.lemonde.fr"), {"role": " (Le Caire, envoyés spéciaux)"}),
    "lemonde-like-correspondent": (lemonde_like, site("Le Monde", "www.lemonde.fr"), {"role": " (Erevan, envoyée spéciale)"}),
    "lefigaro-like-agency-byline": (lefigaro_like, site("Le Figaro", "www.lefigaro.fr"), {}),
    "lefigaro-like-person": (lefigaro_like, site("Le Figaro", "www.lefigaro.fr"), {}),
    "france24-like-outlet-byline": (france24_like, site("France 24", "www.france24.com"), {}),
    "sputnik-like-info-date": (sputnik, site("Sputnik Afrique", "fr.sputniknews.africa", "Sputnik"), {}),
    "cgtn-like-stamp-source": (cgtn, site("CGTN Français", "francais.cgtn.com", "CGTN"), {}),
    "no-metadata-at-all": (bare_no_metadata, None, {}),
    "no-head-visible-only": (visible_only, None, {}),
    "conflict-og-is-update": (generic_news, site("Asie Pacifique Hebdo", "www.asiepacifique-hebdo.com"), {"og_date_is_update": True}),
    "conflict-seo-title": (generic_news, site("Asie Actu", "www.asie-actu.fr"), {"seo_jsonld": True}),
    "malformed-jsonld": (generic_news, site("Corne de l'Afrique Info", "www.corne-afrique.info"), {"broken_jsonld": True, "meta_author": True}),
    "related-and-comments-traps": (generic_news, site("Nordiques", "www.nordiques-mag.eu"), {"rel_author": True, "live_feed": True, "more_stories": True}),
    "title-prefix-rfi-like": (rfi_like, site("RFI", "www.rfi.fr"), {}),
}

# layouts whose machine metadata states a modification date even when the article was never updated
ALWAYS_MODIFIED = {wp_twentytwenty, wp_coauthors, arc_fusion, ghost, amp, lemonde_like}
OUTLET_NAMES = {"AFP": "AFP", "APS": "APS", "TAP": "TAP", "MAP": "MAP", "Reuters": "Reuters", "Xinhua": "Xinhua"}
COLUMNS = ["page", "url", "title", "published", "modified", "authors", "outlet", "credits", "lang",
           "first_paragraph", "last_paragraph"]


def page_url(layout, a, s):
    """The address the page was fetched from, as a crawler would record it (none for saved fragments)."""
    if s is None:
        return ""
    m = re.search(r'<link rel="canonical" href="([^"]+)"', layout(a, s, PAGES[a["id"]][2]))
    return m.group(1) if m else f"https://{s['host']}/{slug(a['headline'])}"


# Pages copied to samples/html for bin/veille demo (BundledHtmlSamplesTest fails when a copy drifts from its page).
BUNDLED = ["lemonde-like-two-authors", "presstv-news-page", "wp-yoast-maghreb-diplomatie", "xinhua-table-contit"]
SAMPLES_HTML = os.path.join(os.path.dirname(os.path.abspath(__file__)), *[".."] * 7, "samples", "html")


def main():
    by_id = {a["id"]: a for a in ARTICLES}
    assert set(by_id) == set(PAGES), set(by_id) ^ set(PAGES)
    assert set(BUNDLED) <= set(PAGES), set(BUNDLED) - set(PAGES)
    assert os.path.isfile(os.path.join(SAMPLES_HTML, "README.md")), SAMPLES_HTML
    for name in sorted(os.listdir(SAMPLES_HTML)):
        if name.endswith(".html") and name[:-len(".html")] not in BUNDLED:
            os.remove(os.path.join(SAMPLES_HTML, name))
            print(f"removed samples/html/{name}: not bundled")
    rows = []
    for pid, (layout, s, o) in PAGES.items():
        a = by_id[pid]
        page = layout(a, s, o)
        with open(f"{pid}.html", "w", encoding="utf-8") as f:
            f.write(page)
        if pid in BUNDLED:
            with open(os.path.join(SAMPLES_HTML, f"{pid}.html"), "w", encoding="utf-8") as f:
                f.write(page)
        pub = dt(a["published"])
        always = layout in ALWAYS_MODIFIED or layout is wp_newspaper and o.get("yoast", True)
        mod = dt(a["modified"]) or (pub if always else None)
        title = a["headline"] if layout is not bare_no_metadata else None
        row = {
            "page": pid + ".html",
            "url": page_url(layout, a, s),
            "title": title or "",
            "published": pub.date().isoformat() if pub and layout is not bare_no_metadata else "",
            "modified": mod.date().isoformat() if mod else "",
            "authors": "|".join(a["authors"]),
            "outlet": s["outlet"] if s else "",
            "credits": "|".join(OUTLET_NAMES[x] for x in a["agencies"]),
            "lang": ("fr" if s.get("lang", "fr") else "") if s else "",
            "first_paragraph": plain(a["paras"][0]),
            "last_paragraph": plain(a["paras"][-1]),
        }
        rows.append(row)
    with open("expected.tsv", "w", encoding="utf-8") as f:
        f.write("# Expected metadata and body ends of the CMS page corpus; written by make_pages.py (do not edit).\n")
        f.write("# Empty cell: the page does not settle the value (null). Lists are |-separated, in page order.\n")
        f.write("# published/modified: ISO date in the outlet's own calendar; url: where a crawler fetched the page.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            assert all("\t" not in r[c] and "\n" not in r[c] for c in COLUMNS), r["page"]
            f.write("\t".join(r[c] for c in COLUMNS) + "\n")
    print(f"{len(rows)} pages, {len(BUNDLED)} copied to samples/html")


if __name__ == "__main__":
    main()
