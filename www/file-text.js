// Opening files: .txt and .md are read as they are (a .md file is Markdown: see `fileFormat`);
// .html is reduced to its readable text.
//
// HTML is parsed with DOMParser, which builds an inert document: its scripts never run and its
// images never load. Only the main content is kept: the page's one <article>, else its <main>,
// else its body without navigation, asides and footers. Script, style and other non-text
// elements are dropped; block elements become paragraph breaks so that sentences and paragraphs
// survive.
//
// Chromium checks even an inert document against the page's Content-Security-Policy and reports
// (while blocking) every style element, style attribute and event-handler attribute in it. Those
// are renamed before parsing, since only the text is wanted; nothing in the file could run anyway.

const SKIPPED = "script, style, textlens-style, noscript, template, svg, math, iframe, object, head";
/** Around the main content: left out when the page marks no article or main element. */
const CHROME = "nav, aside, footer, [role=navigation], [role=contentinfo], [role=complementary]";
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER",
  "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "TABLE", "TR", "UL",
]);

/** Whether `file` looks like HTML (by type or name). */
function isHtml(file) {
  return file.type === "text/html" || /\.html?$/i.test(file.name);
}

/** How the text of `file` is read: "markdown" for a .md / .markdown file, else "plain". */
export function fileFormat(file) {
  return file.type === "text/markdown" || /\.(md|markdown)$/i.test(file.name) ? "markdown" : "plain";
}

/** Whether the page can open `file`. */
export function isSupportedFile(file) {
  return isHtml(file) || /^text\//.test(file.type) || /\.(txt|md|markdown)$/i.test(file.name);
}

/** The text of `file` (a File or Blob with a name). */
export async function fileText(file) {
  const content = await file.text();
  return isHtml(file) ? htmlToText(content) : content;
}

/** The readable text of an HTML document: paragraphs separated by blank lines. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(withoutStyleOrHandlers(html), "text/html");
  for (const element of doc.querySelectorAll(SKIPPED)) element.remove();
  const articles = doc.querySelectorAll("article");
  const main = articles.length === 1 ? articles[0] : doc.querySelector("main, [role=main]");
  if (!main) for (const element of doc.querySelectorAll(CHROME)) element.remove();
  const blocks = [];
  let current = "";
  const flush = () => {
    const paragraph = current.replace(/\s+/g, " ").trim();
    if (paragraph !== "") blocks.push(paragraph);
    current = "";
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        current += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.has(child.tagName);
        if (block) flush();
        if (child.tagName === "BR") current += " ";
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(main ?? doc.body ?? doc.documentElement);
  flush();
  return blocks.join("\n\n");
}

/** `html` with style elements renamed and style / on… attributes renamed to data- attributes. */
function withoutStyleOrHandlers(html) {
  return html
    .replace(/<(\/?)style\b/gi, "<$1textlens-style")
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/(\s)(on[\w-]*|style)(?=\s*=|\s|\/?>)/gi, "$1data-textlens-$2"));
}
