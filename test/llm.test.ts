import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { chatModelFrom } from '../src/llm.ts';

describe('the optional chat model', () => {
  it('is off unless a model is named', async () => {
    expect(await chatModelFrom(loadConfig({}))).toBeUndefined();
  });

  it('talks to the configured OpenAI-compatible endpoint', async () => {
    const model = await chatModelFrom(loadConfig({ LLM_MODEL: 'qwen2.5', LLM_BASE_URL: 'http://127.0.0.1:11434/v1' }));
    expect(model?._llmType()).toBe('openai');
    const fields = model as unknown as { model: string; clientConfig: { baseURL?: string } };
    expect(fields.model).toBe('qwen2.5');
    expect(fields.clientConfig.baseURL).toBe('http://127.0.0.1:11434/v1');
  });

  it('names a bad endpoint in one line', () => {
    expect(() => loadConfig({ LLM_BASE_URL: 'deepseek' })).toThrow(/^LLM_BASE_URL must be a URL/);
  });
});
