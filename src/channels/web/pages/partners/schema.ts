import { OrganizationPageQuery } from '../../../../domains/catalog/index.js';

/** `/:lang/organizations/:id`: anything but a catalog id is a page that does not exist. */
export const OrganizationPageParams = OrganizationPageQuery.pick({ id: true });
