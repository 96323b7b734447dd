// What other modules use of the classifier: the case actions record a dispatcher's category correction.
export { recordCorrection } from './classify.training.ts';
// The knowledge base indexes and searches entries with the same jieba words.
export { cut, segment } from './segmenter.ts';
