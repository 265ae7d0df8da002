/** Boilerplate and photo captions: page furniture whose figures are never claims about the event. */

// "REUTERS/Umit Bektas", "(AP Photo/Rick Bowmer)", "Handout via REUTERS", "Credit: Getty Images", "Photo: AFP".
const CAPTION = new RegExp([
  '\\b(?:REUTERS|Reuters|AP Photo|AFP|EPA|Getty Images|Anadolu|Xinhua|Bloomberg|ANP|AAP|PA)\\s*/\\s*\\p{Lu}',
  '\\((?:AP|AFP|Reuters|EPA|Getty|PA)\\s+(?:Photo|Images)',
  '\\bvia\\s+(?:REUTERS|Reuters|Getty Images|AP|AFP|EPA)\\b',
  '\\b(?:Photo(?:graph)?|Picture|Image|Credit|Caption)s?\\s*:',
  '\\bPurchase Licensing Rights\\b',
  // "(Photo by Abdullah Doma / AFP)", "... / Getty Images": an agency credit closing the paragraph.
  '\\((?:Photo|Picture|Image)s?\\s+by\\b',
  '/\\s*(?:AFP|AP|REUTERS|Reuters|Getty Images|EPA|ANP|Anadolu|Xinhua|Bloomberg|SIPA)\\s*\\)?\\s*$',
].join('|'), 'u');

// Sentences that sell, credit or navigate rather than report.
const FURNITURE = new RegExp([
  '^(?:sign up|subscribe|register|log in|support (?:us|our|independent)|please support|donate|read more|related:|click here|follow us|download (?:our|the)|share this|listen to|watch:|most read|recommended|advertisement)',
  '^(?:our standards|reporting by|writing by|editing by|additional reporting|compiled by|produced by)',
  '\\bcontributed (?:to )?(?:this|the) report\\b',
  '\\bnewsletter\\b',
  '\\b(?:per|a) month\\b.*\\b(?:support|subscri|journalism)|\\b(?:support|subscri)\\w*\\b.*\\b(?:per|a) month\\b',
  '\\bstarting from just\\b',
].join('|'), 'i');

/** isCaption says whether a paragraph is a photo caption or credit line ("... REUTERS/Name"). */
export function isCaption(paragraph: string): boolean {
  return CAPTION.test(paragraph);
}

/** isFurniture says whether a sentence is page furniture: a sign-up or donation appeal, a byline or credit. */
export function isFurniture(sentence: string): boolean {
  return FURNITURE.test(sentence.trim());
}
