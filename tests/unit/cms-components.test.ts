// The CMS's editor blocks read and write the same MDX the site renders and validates.
import { describe, expect, it } from 'vitest';
import { editorComponents, readProps, writeProp } from '../../src/lib/cms/components';
import { bodyProblems } from '../../src/lib/content/mdx-body';

const byId = Object.fromEntries(editorComponents.map((c) => [c.id, c]));

const samples: Record<string, string> = {
  quote: '<Quote person="Anouk Smit" role="Trainee">\nHier kun je echt iets betekenen.\n</Quote>',
  video:
    '<Video url="https://youtu.be/zl7mkZMJpTo" title="Tim over zijn start-up" duration="PT2M45S" poster="../../images/portret-1.jpg" alt="Illustratie: persoon met helm.">\nWie ben je? Ik ben Tim.\n</Video>',
  figure:
    '<Figure src="../../images/maakstad.jpg" alt="Illustratie: een fabriekshal." caption="De maakstad." />',
  factbox: '<FactBox title="Goed om te weten">\n- Twee jaar\n- Met salaris\n</FactBox>',
  calltoaction: '<CallToAction href="/kansen/" label="Bekijk alle kansen">\nWil jij ook?\n</CallToAction>',
};

describe.each(Object.keys(samples))('editor block %s', (id) => {
  const component = byId[id];
  const source = samples[id] ?? '';

  it('reads the MDX and writes it back unchanged', () => {
    const match = source.match(component?.pattern ?? /$^/);
    expect(match, 'pattern matches').not.toBeNull();
    const props = component?.fromBlock?.(match as RegExpMatchArray) ?? {};
    expect(component?.toBlock(props)).toBe(source);
  });

  it('writes MDX that passes the site’s checks', () => {
    expect(bodyProblems(source)).toEqual([]);
  });

  it('previews as escaped HTML', () => {
    const html = component?.toPreview?.({
      children: '<script>x</script>',
      title: 'A & B',
      person: 'P',
    }) as string;
    expect(html).not.toContain('<script>');
  });
});

describe('props', () => {
  it('reads double, single and {"…"} quoted props', () => {
    expect(readProps(` person="Anouk" role='Trainee' title={"Zeg \\"hoi\\""}`)).toEqual({
      person: 'Anouk',
      role: 'Trainee',
      title: 'Zeg "hoi"',
    });
  });

  it('writes quotes safely and leaves out empty props', () => {
    expect(writeProp('title', 'Zeg "hoi"')).toBe(' title={"Zeg \\"hoi\\""}');
    expect(writeProp('role', '  ')).toBe('');
    expect(writeProp('role', undefined)).toBe('');
    expect(readProps(writeProp('title', 'Zeg "hoi"'))).toEqual({ title: 'Zeg "hoi"' });
  });

  it('a quote without a person is written without one, and the site then rejects it', () => {
    const block = byId.quote?.toBlock({ children: 'Mooi hier.' }) ?? '';
    expect(block).toBe('<Quote>\nMooi hier.\n</Quote>');
    expect(bodyProblems(block)[0]?.field).toBe('Tekst, regel 1, blok Citaat › Naam');
  });
});
