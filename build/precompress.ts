// Brotli and gzip copies of each built file, written beside it for the server to send as they are (Vary: Accept-Encoding):
// a first open moves about a third of the bytes, with no compression work per request.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Compiler, RspackPluginInstance } from '@rspack/core';

/** What is worth compressing: text the page loads. Source maps are left alone: only developer tools fetch them. */
const COMPRESSIBLE = /\.(?:js|css|html|json|svg)$/;

export class PrecompressPlugin implements RspackPluginInstance {
  apply(compiler: Compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('PrecompressPlugin', (compilation) => {
      // The last stage, so that every asset is final (minified, hashed, the federation manifest written).
      compilation.hooks.processAssets.tap(
        { name: 'PrecompressPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const [name, source] of Object.entries(assets)) {
            if (!COMPRESSIBLE.test(name)) continue;
            const buffer = source.buffer();
            const brotli = brotliCompressSync(buffer, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
              },
            });
            const gzip = gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION });
            // A copy that is not smaller would only cost the browser a decoding.
            if (brotli.length < buffer.length) compilation.emitAsset(`${name}.br`, new sources.RawSource(brotli));
            if (gzip.length < buffer.length) compilation.emitAsset(`${name}.gz`, new sources.RawSource(gzip));
          }
        },
      );
    });
  }
}
