export { anchorAnnotation, quoteAt, selectSpan, similarity, levenshtein, contextScore, type AnchorSelectors, type AnchorOptions } from './anchor';
export {
  createAnnotation,
  updateAnnotation,
  deleteAnnotation,
  listAnnotations,
  reanchorStory,
  replyToAnnotation,
  deleteAnnotationReply,
  type AnnotationDeps,
} from './service';
export { exportAnnotationsW3C, importAnnotationsW3C, toW3C, storyUrn, type W3CDeps } from './w3c';
