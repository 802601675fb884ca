// The guide in every language: a title, summary and text for every topic and a word for every
// button, the same shape as the English (sections, headings and list lengths), the walks of the
// ladder named with their lengths, and the register each language speaks in.
import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS, guideTopics } from '$lib/content/guide';
import { FIRST_WALK, WALK_LADDER } from '$lib/content/walks';
import { LANGS } from '$lib/core/lang';
import { guide } from './guide';
import { guideTopicWords } from './guide-topics';
import type { GuideSection } from './guide-topics.en';

const loaded = async () =>
	Promise.all(
		LANGS.map(async (lang) => ({
			lang,
			m: await guide.load(lang),
			topics: await guideTopicWords.load(lang)
		}))
	);

describe('the guide’s words', () => {
	it('word every topic and every button in every language', async () => {
		for (const { lang, m, topics } of await loaded()) {
			expect(Object.keys(m.topics).sort(), lang).toEqual([...GUIDE_SLUGS].sort());
			expect(Object.keys(topics).sort(), lang).toEqual([...GUIDE_SLUGS].sort());
			for (const topic of guideTopics) {
				expect(m.topics[topic.slug].title.trim(), `${lang} ${topic.slug}`).not.toBe('');
				expect(m.topics[topic.slug].summary.trim(), `${lang} ${topic.slug}`).not.toBe('');
				if (topic.action) expect(m.actions[topic.action.id].trim()).not.toBe('');
			}
		}
	});

	it('give each topic the shape of the English: the same sections, headings and lists', async () => {
		const [en, ...others] = await loaded();
		const shape = (sections: readonly GuideSection[]) =>
			sections.map((s) => [!!s.heading, s.paragraphs.length, s.bullets?.length ?? 0]);
		for (const { lang, topics } of others) {
			for (const slug of GUIDE_SLUGS)
				expect(shape(topics[slug]), `${lang} ${slug}`).toEqual(shape(en!.topics[slug]));
		}
	});

	it('name the walks of the ladder, the first one on the button', async () => {
		for (const { lang, m, topics } of await loaded()) {
			expect(m.actions['first-walk'], lang).toContain(String(FIRST_WALK.minutes));
			const text = JSON.stringify(topics.movement);
			const named = [...text.matchAll(/(\d+)/g)].map((found) => Number(found[1]));
			expect(named, lang).toEqual(WALK_LADDER.map((w) => w.minutes));
		}
	});

	it('speak to the reader as the glossary says: tú in Spanish, Sie in German', async () => {
		const [, es, de] = await loaded();
		const all = (x: object) => JSON.stringify(x);
		expect(all(es!)).not.toMatch(/\busted(es)?\b|\bvosotros\b/i);
		expect(all(de!)).not.toMatch(/\b(du|dich|dir|dein\w*)\b/);
		expect(all(de!)).not.toMatch(/\bHitze\b|\bHexenschuss\b|\bIschias\b/);
		expect(all(es!)).not.toMatch(/\b(entumecimiento|compresa|coger|piso|parado|dolor agudo)\b/i);
	});

	it('name no drug and no dose in any language', async () => {
		for (const { lang, m, topics } of await loaded()) {
			const text = JSON.stringify({ m, topics }).toLowerCase();
			for (const drug of ['ibuprof', 'naprox', 'aspirin', 'paracetamol', 'diclofenac'])
				expect(text, lang).not.toContain(drug);
			expect(text, lang).not.toMatch(/\d+\s?(mg|mcg|µg)\b/);
		}
	});
});
