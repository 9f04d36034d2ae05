/** GC Service Inventory import: see README.md for the mapping and the quirks handled. */
export {
  importServiceInventory,
  readServiceInventoryFiles,
  type ServiceInventoryFiles,
  type ServiceInventoryOptions,
  type ServiceInventoryReport,
  type ImportCatalogFn,
} from './importServiceInventory.js';
export {
  InventoryFileError,
  parseInventoryCsv,
  readInventoryFile,
  type InventoryFormat,
  type InventoryTable,
} from './read.js';
export { SOURCE as SERVICE_INVENTORY_SOURCE, serviceUuid as serviceInventoryServiceId } from './mapping.js';
export { defaultIgocPath, readIgoc, type IgocTable } from './igoc.js';
