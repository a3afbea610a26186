// The declarations of issue 20 (SentenceStream, chunks in tokens), used as a strict consumer
// would. Compiled with tsc --strict, never run.
import { split, SentenceStream, TextDocument, type ChunkList, type Segment, type TokenChunkOptions, type Tokenizer } from "textlens";

const stream: TransformStream<string, Segment> = new SentenceStream({ mode: "article", abbreviations: ["Gen"] });
const plain = new SentenceStream();
const response = new Response("Dr. Lee left. Then.");
const sentences: ReadableStream<Segment> = response.body!.pipeThrough(new TextDecoderStream()).pipeThrough(plain);
export async function texts(): Promise<string[]> {
  const all: string[] = [];
  for await (const sentence of sentences) all.push(sentence.text, `${sentence.start}-${sentence.end}`);
  return all;
}

const words: Tokenizer = (text) => text.split(/\s+/).length;
const options: TokenChunkOptions = { unit: "token", tokenizer: words, maxSize: 512, minSize: 256, overlap: 1 };
const chunks: ChunkList = split("One. Two.", "chunk", options);
const inTokens: ChunkList = split("One. Two.", "chunk", { unit: "token", tokenizer: words, maxSize: 64, overlapSize: 8 });
const doc = new TextDocument("One. Two.");
const fromDocument: ChunkList = doc.split("chunk", { unit: "token", tokenizer: words, maxSize: 64 });
export const used = [stream, chunks.freshStarts, inTokens.get(0)?.freshStart, fromDocument.length];
