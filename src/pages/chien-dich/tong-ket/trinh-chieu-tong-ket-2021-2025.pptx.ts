import type { APIRoute } from 'astro';
import { getReview, getReviewCharts } from '../../../data/review';
import { reviewDeck } from '../../../lib/official-docs/review-deck';

/** The review's slide deck (PowerPoint) for the review meeting. */
export const GET: APIRoute = async () =>
  new Response(await reviewDeck(await getReview(), await getReviewCharts()), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  });
