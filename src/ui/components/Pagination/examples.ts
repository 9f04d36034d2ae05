import { defineExamples } from '../examples.js';
import { Pagination, type PaginationProps } from './Pagination.js';

const href = (page: number) => `?q=pension&page=${page}`;

export const examples = defineExamples<PaginationProps>({
  name: 'Pagination',
  component: Pagination,
  examples: [
    {
      name: 'first-of-three-en',
      description: 'The first page of three: only a link to the next page.',
      lang: 'en',
      props: { lang: 'en', page: 1, pages: 3, href },
    },
    {
      name: 'middle-fr',
      description: 'A page in the middle, in French: links both ways, the other query parameters kept.',
      lang: 'fr',
      props: { lang: 'fr', page: 12, pages: 1500, href },
    },
    {
      name: 'last-en',
      description: 'The last page: only a link back.',
      lang: 'en',
      props: { lang: 'en', page: 3, pages: 3, href },
    },
    {
      name: 'single-page-fr',
      description: 'A single page of results: nothing is rendered.',
      lang: 'fr',
      props: { lang: 'fr', page: 1, pages: 1, href },
    },
  ],
});
