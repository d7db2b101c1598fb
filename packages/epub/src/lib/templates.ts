/**
 * Our EJS templates for epub-gen-memory (`contentOPF`, `tocXHTML`, `tocNCX`, `chapterXHTML`). The library's
 * own print the current time, an empty description, one joined `dc:creator`, a flat TOC and no
 * landmarks, `cover-image` or accessibility metadata; these print only the cleaned `book` model
 * (see `metadata.ts`) and the library's manifest lists, so the output depends on the input alone.
 * `<%= %>` escapes `& < > " '`; `<%- content %>` is XHTML we serialized ourselves.
 */

/** The package document (https://www.w3.org/TR/epub-33/#sec-package-doc). */
export const contentOPF = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="<%= book.lang %>"<% if (book.dir === 'rtl') { %> dir="rtl"<% } %> prefix="ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id"><%= id %></dc:identifier>
    <dc:title id="title"><%= book.title %></dc:title>
    <meta refines="#title" property="title-type">main</meta>
    <dc:language><%= book.lang %></dc:language>
<% book.people.forEach(function (person) { -%>
    <dc:<%= person.element %> id="<%= person.id %>"><%= person.name %></dc:<%= person.element %>>
    <meta refines="#<%= person.id %>" property="role" scheme="marc:relators"><%= person.role %></meta>
    <meta refines="#<%= person.id %>" property="file-as"><%= person.fileAs %></meta>
<% }); -%>
    <dc:publisher><%= book.publisher %></dc:publisher>
    <dc:description><%= book.description %></dc:description>
<% if (book.date) { -%>
    <dc:date><%= book.date %></dc:date>
<% } -%>
<% if (book.source) { -%>
    <dc:source><%= book.source %></dc:source>
<% } -%>
    <dc:rights><%= book.rights %></dc:rights>
    <meta property="dcterms:modified"><%= book.modified %></meta>
<% book.accessibility.forEach(function (entry) { -%>
    <meta property="<%= entry.property %>"><%= entry.value %></meta>
<% }); -%>
<% if (cover) { -%>
    <meta name="cover" content="cover-image"/>
<% } -%>
    <meta property="ibooks:specified-fonts">true</meta>
  </metadata>
  <manifest>
    <item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="css" href="style.css" media-type="text/css"/>
<% if (cover) { -%>
    <item id="cover-image" href="cover.<%= cover.extension %>" media-type="<%= cover.mediaType %>" properties="cover-image"/>
<% } -%>
<% content.forEach(function (chapter) { -%>
    <item id="<%= chapter.id %>" href="<%= chapter.filename %>" media-type="application/xhtml+xml"/>
<% }); -%>
<% fonts.forEach(function (font, index) { -%>
    <item id="font-<%= index + 1 %>" href="fonts/<%= font.filename %>" media-type="<%= font.mediaType %>"/>
<% }); -%>
  </manifest>
  <spine toc="ncx"<% if (book.dir === 'rtl') { %> page-progression-direction="rtl"<% } %>>
<% content.filter(function (chapter) { return chapter.beforeToc; }).forEach(function (chapter) { -%>
    <itemref idref="<%= chapter.id %>"/>
<% }); -%>
    <itemref idref="nav"/>
<% content.filter(function (chapter) { return !chapter.beforeToc; }).forEach(function (chapter) { -%>
    <itemref idref="<%= chapter.id %>"/>
<% }); -%>
  </spine>
</package>
`

/** The navigation document: nested table of contents and landmarks (https://www.w3.org/TR/epub-33/#sec-nav). */
export const tocXHTML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= book.lang %>" lang="<%= book.lang %>"<% if (book.dir === 'rtl') { %> dir="rtl"<% } %>>
<head>
  <meta charset="UTF-8"/>
  <title><%= book.tocTitle %></title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="frontmatter">
  <nav epub:type="toc" id="toc" role="doc-toc">
    <h1<% if (book.tocLang !== book.lang) { %> lang="<%= book.tocLang %>" xml:lang="<%= book.tocLang %>"<% } %>><%= book.tocTitle %></h1>
<% (function list(items, depth) { -%>
<%- '  '.repeat(depth + 2) %><ol>
<% items.forEach(function (item) { -%>
<%- '  '.repeat(depth + 3) %><li><a href="<%= item.href %>"><%= item.label %></a><% if (item.children.length) { %>
<% list(item.children, depth + 2); -%>
<%- '  '.repeat(depth + 3) %><% } %></li>
<% }); -%>
<%- '  '.repeat(depth + 2) %></ol>
<% })(book.nav, 0); -%>
  </nav>
  <nav epub:type="landmarks" id="landmarks" hidden="hidden">
    <h2<% if (book.landmarksLang !== book.lang) { %> lang="<%= book.landmarksLang %>" xml:lang="<%= book.landmarksLang %>"<% } %>><%= book.landmarksTitle %></h2>
    <ol>
<% book.landmarks.forEach(function (item) { -%>
      <li><a epub:type="<%= item.type %>" href="<%= item.href %>"><%= item.label %></a></li>
<% }); -%>
    </ol>
  </nav>
</body>
</html>
`

/**
 * The EPUB 2 table of contents, for reading systems that still read it (Adobe RMSDK on older Kobo
 * and PocketBook firmware) — the same nested entries as the nav document.
 */
export const tocNCX = `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="<%= book.lang %>">
  <head>
    <meta name="dtb:uid" content="<%= id %>"/>
    <meta name="dtb:depth" content="<%= book.navDepth %>"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle><text><%= book.title %></text></docTitle>
  <navMap>
<% var order = 0; (function points(items, depth) { items.forEach(function (item) { order += 1; -%>
<%- '  '.repeat(depth + 2) %><navPoint id="point-<%= order %>" playOrder="<%= order %>"><navLabel><text><%= item.label %></text></navLabel><content src="<%= item.href %>"/>
<% points(item.children, depth + 1); -%>
<%- '  '.repeat(depth + 2) %></navPoint>
<% }); })(book.nav, 0); -%>
  </navMap>
</ncx>
`

/** One content document; the cover page shows the cover image instead of content. */
export const chapterXHTML = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="<%= lang %>" lang="<%= lang %>"<% if (locals.dir === 'rtl') { %> dir="rtl"<% } %>>
<head>
  <meta charset="UTF-8"/>
  <title><%= title %></title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body epub:type="<%= locals.epubType %>"<% if (locals.coverImage) { %> class="cover-page"<% } %>>
<% if (locals.coverImage) { -%>
<div class="cover"><img src="<%= locals.coverImage %>" alt="<%= locals.coverAlt %>"/></div>
<% } -%>
<%- content %>
</body>
</html>
`
