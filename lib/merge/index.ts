export {
  suggestMerges,
  mergeNameKey,
  type MergeSuggestion,
  type MergeBasis,
  type SuggestOptions,
} from './suggest-merges';
