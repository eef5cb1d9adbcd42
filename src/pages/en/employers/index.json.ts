import { indexEndpoint } from '../../../lib/discovery/listing-index';

export const GET = indexEndpoint('employers', 'en');
