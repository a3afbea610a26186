// Loaded before each README example (node --import): `fetch` answers every URL with ARTICLE as
// a streamed body, in pieces of 7 characters, as a network delivers a text bit by bit.
const ARTICLE = "Dr. Ames met U.S. senators at noon. \u201cThe vote was close,\u201d she said.\n\nThe bill passed on Friday. Then, recess.\n";

globalThis.fetch = async () => {
  const pieces = ARTICLE.match(/[\s\S]{1,7}/gu);
  const bytes = new TextEncoder();
  const body = new ReadableStream({
    pull(controller) {
      if (pieces.length === 0) controller.close();
      else controller.enqueue(bytes.encode(pieces.shift()));
    },
  });
  return new Response(body);
};
