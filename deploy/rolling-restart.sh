#!/usr/bin/env bash
# Restarts the gateway replicas one at a time (after an upgrade) without failing a request:
# for each, nginx stops sending to it (`down` + reload), it drains and stops (SIGTERM), starts again,
# and is put back in turn once /readyz answers 200. Run as root on the nginx host.
# apps/gateway/src/scale-out/scale-out.spec.ts follows the same steps under load.
set -euo pipefail

servers=/etc/nginx/egov/upstream-servers.conf

# Reloads nginx and waits until the workers of the old configuration have exited: from then on no
# request goes to a replica marked down (workers that still finish a request may hold up to a minute).
reload_nginx() {
  local master old
  master=$(cat /run/nginx.pid)
  old=$(pgrep -P "$master" | tr '\n' ' ')
  nginx -t -q
  systemctl reload nginx
  for _ in $(seq 1 600); do
    local left=0
    for pid in $old; do kill -0 "$pid" 2>/dev/null && left=1; done
    [ "$left" = 0 ] && return 0
    sleep 0.1
  done
  echo "old nginx workers still finishing requests; going on (the replica drains them)" >&2
}

for unit in $(systemctl list-units --plain --no-legend 'egov-gateway@*.service' | awk '{print $1}'); do
  n=${unit#egov-gateway@}
  n=${n%.service}
  port=420$n
  echo "== $unit (127.0.0.1:$port)"
  sed -i -E "/^server 127\.0\.0\.1:$port /{/ down;/!s/;[[:space:]]*$/ down;/}" "$servers"
  reload_nginx
  # systemd sends SIGTERM: the replica drains until SHUTDOWN_DEADLINE_MS, then it starts again.
  systemctl restart "$unit"
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz" && break
    sleep 0.5
  done
  if ! curl -fsS -o /dev/null "http://127.0.0.1:$port/readyz"; then
    echo "$unit is not ready: left out of nginx (marked down); see journalctl -u $unit" >&2
    exit 1
  fi
  sed -i -E "/^server 127\.0\.0\.1:$port /s/ down;/;/" "$servers"
  reload_nginx
done
echo "all replicas restarted"
