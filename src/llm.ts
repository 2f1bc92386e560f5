/**
 * The chat model behind the optional model path of src/qa, built from the config at the edge.
 * One OpenAI-compatible client covers DeepSeek, Qwen and a local Ollama; the package is loaded
 * only when a model is configured.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Config } from './config.ts';

export async function chatModelFrom(config: Pick<Config, 'LLM_MODEL' | 'LLM_BASE_URL' | 'LLM_API_KEY'>): Promise<BaseChatModel | undefined> {
  if (!config.LLM_MODEL) return undefined;
  const { ChatOpenAI } = await import('@langchain/openai');
  return new ChatOpenAI({
    model: config.LLM_MODEL,
    // a local Ollama needs no key, but the client insists on one
    apiKey: config.LLM_API_KEY ?? 'none',
    temperature: 0,
    timeout: 20_000,
    maxRetries: 1,
    ...(config.LLM_BASE_URL ? { configuration: { baseURL: config.LLM_BASE_URL } } : {}),
  });
}
