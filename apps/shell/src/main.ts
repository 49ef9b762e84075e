// The async boundary Module Federation needs: shared singletons (React, Apollo…) are negotiated
// before any module that imports them runs.
import('./bootstrap');
