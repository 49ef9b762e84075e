// The async boundary: Module Federation settles the shared modules (one React for the whole page)
// before any of them is imported, so nothing but this dynamic import belongs here.
void import('./bootstrap');
