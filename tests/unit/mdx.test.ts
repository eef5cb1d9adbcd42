// The editor components in MDX bodies: a missing or wrong prop fails with the file, the line and
// the prop, both when the file is checked and when a component renders.
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/mdx';
import { bodyProblems, componentNames, componentTags } from '../../src/lib/content/mdx-body';
import { componentProblem, validateEntry } from '../../src/lib/content/validation';
import { articleStory } from '../support/entries';

const FILE = 'content/stories/nl/anouk.mdx';
const frontmatter = `---
title: Anouk
summary: Anouk werkt als trainee.
lang: nl
publishDate: 2026-11-18
lines: [werken]
ages: ["25-30"]
segments: [nieuw-talent]
brand: "on"
format: artikel
hero:
  src: ../../images/portret-3.jpg
  alt: Illustratie van een persoon met laptop.
---
`;
const data = articleStory;

function check(body: string) {
  return validateEntry('stories', FILE, data, frontmatter + body);
}

describe('components in an MDX body', () => {
  it('accepts every component used as documented', () => {
    const body = `
Intro.

<Quote person="Anouk Smit" role="Trainee">
  Hier kun je echt iets betekenen.
</Quote>

<Figure src="../../images/maakstad.jpg" alt="Illustratie: een fabriekshal." caption="De maakstad." />

<FactBox title="Goed om te weten">
- Twee jaar
</FactBox>

<Video url="https://youtu.be/zl7mkZMJpTo" title="Tim" duration="PT2M" poster="portret-1.jpg" alt="Illustratie: persoon met helm.">
  Wie ben je? Ik ben Tim.
</Video>

<CallToAction href="/kansen/" label="Bekijk alle kansen" />
`;
    expect(check(body)).toMatchObject({ ok: true });
  });

  it('fails a quote without a person, naming the file, the line and the prop', () => {
    const result = check('\nTekst.\n\n<Quote role="Trainee">Mooi hier.</Quote>\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(FILE);
    // The frontmatter takes 14 lines; the quote is on line 18 of the file.
    expect(result.message).toContain(
      'Tekst, regel 18, blok Citaat › Naam: is niet ingevuld: de naam van wie het zegt',
    );
  });

  it('fails a quote with an empty person', () => {
    expect(bodyProblems(`${frontmatter}<Quote person="  ">Tekst</Quote>`)).toEqual([
      { field: 'Tekst, regel 15, blok Citaat › Naam', message: expect.stringMatching(/is niet ingevuld/) },
    ]);
  });

  it('fails a quote with nothing quoted', () => {
    expect(bodyProblems('<Quote person="Anouk" />')).toEqual([
      { field: 'Tekst, regel 1, blok Citaat › Citaat', message: expect.stringMatching(/het citaat zelf/) },
    ]);
  });

  it('fails a figure without alt text', () => {
    const problems = bodyProblems('<Figure src="../../images/maakstad.jpg" caption="De hal." />');
    expect(problems).toEqual([
      {
        field: 'Tekst, regel 1, blok Afbeelding met bijschrift › Alt-tekst',
        message: expect.stringMatching(/de alt-tekst: wat er op de afbeelding te zien is/),
      },
    ]);
  });

  it('fails a video without a transcript, and a video on another host', () => {
    const problems = bodyProblems(
      '<Video url="https://example.com/v.mp4" title="X" duration="PT1M" poster="x.jpg" alt="Y" />',
    );
    expect(problems.map((p) => p.field)).toEqual([
      'Tekst, regel 1, blok Video › Link naar de video',
      'Tekst, regel 1, blok Video › Uitgeschreven tekst',
    ]);
    expect(problems[0]?.message).toMatch(/is geen video op YouTube of Vimeo\. Plak de link van de video/);
    expect(problems[1]?.message).toMatch(/de uitgeschreven tekst/);
  });

  it('asks for captions on a self-hosted video', () => {
    const problems = bodyProblems(
      '<Video url="/videos/a.mp4" title="X" duration="PT1M" poster="x.jpg" alt="Y">Tekst</Video>',
    );
    expect(problems).toEqual([
      {
        field: 'Tekst, regel 1, blok Video › Ondertitels',
        message: expect.stringMatching(/heeft ondertitels nodig/),
      },
    ]);
  });

  it('names a misspelt prop and lists the allowed ones', () => {
    expect(bodyProblems('<Quote persoon="Anouk">Tekst</Quote>')).toEqual([
      { field: 'Tekst, regel 1, blok Citaat › Naam', message: expect.stringMatching(/is niet ingevuld/) },
      {
        field: 'Tekst, regel 1, blok Citaat › persoon',
        message: '<Quote> kent "persoon" niet. Dit mag: person, role.',
      },
    ]);
  });

  it('checks the link of a call to action', () => {
    expect(bodyProblems('<CallToAction href="www.hengelo.nl" label="Ga" />')[0]?.message).toMatch(
      /is geen link\. Schrijf een pagina van deze site/,
    );
    for (const href of ['/kansen/', 'https://www.hengelo.nl/', 'talent@hengelo.nl']) {
      expect(bodyProblems(`<CallToAction href="${href}" label="Ga" />`), href).toEqual([]);
    }
  });

  it('reports a tag that is never closed', () => {
    expect(bodyProblems('<Quote person="Anouk"')[0]?.message).toMatch(/het blok is niet afgesloten/);
  });

  it('ignores examples in code and props written as expressions', () => {
    const body =
      '```mdx\n<Quote>voorbeeld</Quote>\n```\n\nZie `<Quote>`.\n\n<Quote person={naam}>Tekst</Quote>';
    expect(bodyProblems(body)).toEqual([]);
    expect(componentTags('<Quote person={"Anouk"} role=\'Trainee\'>Hoi</Quote>')[0]?.props).toEqual({
      person: 'Anouk',
      role: 'Trainee',
      children: 'Hoi',
    });
  });

  it('reads a prop the CMS wrote as a quoted string with quotes in it', () => {
    const body =
      '<Quote person={"Anouk \\"Nouk\\" Smit"} role="Trainee">Tekst</Quote>\n\n<Figure src="x.jpg" alt="Een hal." />';
    expect(componentTags(body).map((tag) => tag.props)).toEqual([
      { person: 'Anouk "Nouk" Smit', role: 'Trainee', children: 'Tekst' },
      { src: 'x.jpg', alt: 'Een hal.' },
    ]);
    expect(bodyProblems(body)).toEqual([]);
  });

  it('only checks MDX files: in Markdown the tags are plain text', () => {
    const result = validateEntry(
      'stories',
      'content/stories/nl/anouk.md',
      data,
      `${frontmatter}<Quote>Tekst</Quote>`,
    );
    expect(result.ok).toBe(true);
  });

  it('has a schema for every component pages pass to MDX, and only for them', () => {
    expect(componentNames).toEqual(Object.keys(mdxComponents));
  });
});

describe('componentProblem (when a component renders)', () => {
  it('names the entry file, the component and the prop', () => {
    expect(componentProblem('Quote', { role: 'Trainee', children: 'yes' }, FILE)).toBe(
      `${FILE} heeft 1 probleem:\n  - Tekst, blok Citaat › Naam: is niet ingevuld: de naam van wie het zegt, zoals person="Anouk Smit".`,
    );
  });

  it('is undefined for good props', () => {
    expect(componentProblem('Quote', { person: 'Anouk', children: 'yes' }, FILE)).toBeUndefined();
  });

  it('still says which component failed when the file is unknown', () => {
    expect(componentProblem('Figure', { src: 'x.jpg' }, undefined)).toMatch(
      /^Een pagina met <Figure> heeft 1 probleem:/,
    );
  });
});
