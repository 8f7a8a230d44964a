import { describe, expect, it } from 'vitest';
import { siteKeyForInput, siteKeyForUrl } from '@/utils/site-key';

describe('site keys', () => {
  it('keys pages by registrable domain', () => {
    expect(siteKeyForUrl('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(siteKeyForUrl('http://a.b.example.com:8080/')).toBe('example.com');
    expect(siteKeyForUrl('http://127.0.0.1:3000/')).toBe('127.0.0.1');
    expect(siteKeyForUrl('http://localhost/')).toBe('localhost');
    expect(siteKeyForUrl('chrome://extensions')).toBeNull();
    expect(siteKeyForUrl('not a url')).toBeNull();
  });

  it('reads what people type', () => {
    expect(siteKeyForInput('www.Example.co.uk')).toBe('example.co.uk');
    expect(siteKeyForInput(' https://shop.example.com/cart ')).toBe('example.com');
    expect(siteKeyForInput('localhost')).toBe('localhost');
    expect(siteKeyForInput('example')).toBeNull();
    expect(siteKeyForInput('two words.com')).toBeNull();
    expect(siteKeyForInput('')).toBeNull();
    expect(siteKeyForInput('ftp://example.com')).toBeNull();
  });
});
