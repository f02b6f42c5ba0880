/**
 * Everyday interests people can pick to find something to do together. Meant for mixed groups of
 * newcomers and long-time residents: low-threshold, cheap, and no topics that split people
 * (party politics is deliberately absent; faith is one open, neutral option).
 *
 * Codes are stored on profiles and used for matching, so they are stable forever: never rename,
 * reuse or delete one. Labels may be reworded. To retire an interest, keep its code here and have
 * the UI hide it, rather than removing it.
 */

export interface Interest {
  code: string;
  /** English label; translations live in the client. */
  label: string;
}

const INTERESTS: readonly Interest[] = [
  // Food and drink
  { code: 'cooking', label: 'Cooking' },
  { code: 'baking', label: 'Baking' },
  { code: 'food-from-around-the-world', label: 'Food from around the world' },
  { code: 'coffee-and-tea', label: 'Coffee and tea' },
  // Outdoors and nature
  { code: 'walking', label: 'Walking and hiking' },
  { code: 'nature', label: 'Nature and wildlife' },
  { code: 'gardening', label: 'Gardening' },
  { code: 'fishing', label: 'Fishing' },
  // Sport and movement
  { code: 'cycling', label: 'Cycling' },
  { code: 'swimming', label: 'Swimming' },
  { code: 'running', label: 'Running' },
  { code: 'fitness', label: 'Fitness' },
  { code: 'yoga', label: 'Yoga' },
  { code: 'football', label: 'Football' },
  { code: 'cricket', label: 'Cricket' },
  { code: 'volleyball', label: 'Volleyball' },
  { code: 'watching-sports', label: 'Watching sports' },
  // Games
  { code: 'chess', label: 'Chess' },
  { code: 'board-games', label: 'Board and card games' },
  // Making things
  { code: 'crafts', label: 'Crafts' },
  { code: 'sewing', label: 'Sewing' },
  { code: 'knitting', label: 'Knitting and crochet' },
  { code: 'diy-and-repairs', label: 'DIY and repairs' },
  { code: 'art', label: 'Drawing and painting' },
  { code: 'photography', label: 'Photography' },
  // Music, stories and culture
  { code: 'music', label: 'Listening to music' },
  { code: 'making-music', label: 'Singing and playing music' },
  { code: 'dancing', label: 'Dancing' },
  { code: 'reading', label: 'Reading' },
  { code: 'writing-and-poetry', label: 'Writing and poetry' },
  { code: 'films', label: 'Films and series' },
  { code: 'theatre', label: 'Theatre' },
  { code: 'museums', label: 'Museums' },
  { code: 'history', label: 'History' },
  { code: 'local-history', label: 'Local history' },
  { code: 'cultural-events', label: 'Festivals and cultural events' },
  { code: 'faith-and-traditions', label: 'Faith and traditions' },
  // Learning and work
  { code: 'language-practice', label: 'Practising languages' },
  { code: 'education', label: 'Learning and courses' },
  { code: 'job-seeking', label: 'Work and finding a job' },
  { code: 'technology', label: 'Technology' },
  { code: 'computers', label: 'Computers and digital skills' },
  // Daily life and community
  { code: 'children-and-parenting', label: 'Children and parenting' },
  { code: 'pets', label: 'Pets and animals' },
  { code: 'volunteering', label: 'Volunteering' },
  { code: 'neighbourhood-activities', label: 'Neighbourhood activities' },
  { code: 'markets', label: 'Markets and second-hand shopping' },
  { code: 'travel', label: 'Travel' },
];

const INTEREST_CODES: ReadonlySet<string> = new Set(INTERESTS.map((interest) => interest.code));

export function isInterestCode(code: string): boolean {
  return INTEREST_CODES.has(code);
}

/** In curated order (grouped by theme), as copies. */
export function listInterests(): Interest[] {
  return INTERESTS.map((interest) => ({ ...interest }));
}
