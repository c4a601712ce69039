// Express 4, installed as the `express4` alias to run the conformance suite on both majors.
declare module 'express4' {
  import express from 'express';
  export default express;
}
