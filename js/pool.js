// The loop that hands work to a pool of workers, shared by the command line (cli-pool.js) and the
// worker-pool benchmark (bench/pool-*.js), in Node and in browsers alike.

/**
 * Runs every item through `workers`: each worker takes the next item as soon as it has answered
 * the one before (`ask(worker, item)` resolves with its answer), so a long item holds up only its
 * own worker. `onAnswer(answer, index)` is called as each one arrives. Resolves with the answers
 * in item order.
 */
export async function runPool(workers, items, ask, onAnswer = () => {}) {
  const answers = new Array(items.length);
  let next = 0;
  const drain = async (worker) => {
    while (next < items.length) {
      const index = next++;
      answers[index] = await ask(worker, items[index]);
      onAnswer(answers[index], index);
    }
  };
  await Promise.all(workers.map(drain));
  return answers;
}

/** Resolves with the next message of a Node `worker_threads` Worker; an `error` event rejects. */
export function nextMessage(worker) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      worker.off("message", onMessage);
      reject(error);
    };
    const onMessage = (received) => {
      worker.off("error", onError);
      resolve(received);
    };
    worker.once("message", onMessage);
    worker.once("error", onError);
  });
}

/** Posts `message` to a Node `worker_threads` Worker and resolves with its answer. */
export function ask(worker, message) {
  const answer = nextMessage(worker);
  worker.postMessage(message);
  return answer;
}
