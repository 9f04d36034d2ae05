export {
  firstUnstorable,
  isStorableText,
  unstorableFields,
  unstorableKind,
  withoutUnstorable,
  type UnstorableField,
  type UnstorableKind,
} from './storable.js';
