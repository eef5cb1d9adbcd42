import { indexEndpoint } from '../../../lib/listing-index';

export const GET = indexEndpoint('events', 'en');
