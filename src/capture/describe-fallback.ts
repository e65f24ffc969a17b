import { describeWith, type PageDescription, type PageFacts } from './describe-core';
import { pdf } from './sites/pdf';

const FALLBACK_SITES = [pdf];

/**
 * The description the background makes itself, where the page's reader cannot
 * run (chrome: and store pages, the PDF viewer, a page that does not answer):
 * the generic conventions and PDFs, without the site table, which stays out of
 * the background's bundle.
 */
export const describeFallback = (facts: PageFacts): PageDescription => describeWith(FALLBACK_SITES, facts);
