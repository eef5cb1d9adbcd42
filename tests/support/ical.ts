/**
 * Reading calendar files with ical.js, an independent RFC 5545 parser. Time zones come only from
 * the file's own VTIMEZONE (the parser's registry is reset first), so a wrong VTIMEZONE shows up
 * as wrong times.
 */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  location: string;
  url: string | undefined;
  status: string | undefined;
  stamp: Date;
  start: Date;
  end: Date;
  /** The TZID the start time was written in. */
  startZone: string | undefined;
}

export interface ParsedCalendar {
  version: string | undefined;
  prodId: string | undefined;
  name: string | undefined;
  events: ParsedEvent[];
  /** The calendar component, for anything else a test wants to look at. */
  component: ICAL.Component;
}

export function parseCalendar(text: string): ParsedCalendar {
  ICAL.TimezoneService.reset();
  const component = new ICAL.Component(ICAL.parse(text));
  for (const zone of component.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const value = (of: ICAL.Component, name: string) => {
    const found = of.getFirstPropertyValue(name);
    return found === null || found === undefined ? undefined : String(found);
  };
  const events = component.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: value(vevent, 'url'),
      status: value(vevent, 'status'),
      stamp: stamp.toJSDate(),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
    };
  });
  return {
    version: value(component, 'version'),
    prodId: value(component, 'prodid'),
    name: value(component, 'x-wr-calname'),
    events,
    component,
  };
}

/** The wall-clock time (YYYY-MM-DDTHH:mm) a registered VTIMEZONE gives for an instant. */
export function wallTimeIn(tzid: string, instant: Date): string {
  const zone = ICAL.TimezoneService.get(tzid);
  if (!zone) throw new Error(`no VTIMEZONE ${tzid} registered`);
  return ICAL.Time.fromJSDate(instant, true).convertToZone(zone).toString().slice(0, 16);
}
