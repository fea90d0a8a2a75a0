-- Tables in the Markdown bodies of pages now scroll inside a labelled box of their own (content/MarkdownRenderer).
-- The HTML of the bodies holding a table, French and English, is dropped so that it is rendered again, boxed, at the
-- next start-up (content/SeededHtmlRenderer renders every missing one); the Markdown as written is kept.
update page set body_html = null where body_html like '%<table%';
update translation set html = null where field = 'bodyMarkdown' and html like '%<table%';
