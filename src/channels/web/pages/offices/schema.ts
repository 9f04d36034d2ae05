import { z } from 'zod';

/**
 * `/:lang/offices?near=`: a postal code or a place name. Repeated, the first text counts; absent, the
 * form was not submitted. The domain bounds and cleans the text it shows back.
 */
export const OfficeFinderQueryString = z.object({
  near: z
    .preprocess(
      (value) => (Array.isArray(value) ? value.find((item) => typeof item === 'string') : value),
      z.string().optional(),
    )
    .catch(undefined),
});
