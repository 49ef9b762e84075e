// The shell provides every shared singleton eagerly (tools/rspack/host-config.mjs), so it needs no
// async boundary: the page starts from this one file instead of waiting for a second request.
import './bootstrap';
