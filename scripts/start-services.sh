#!/usr/bin/env bash
# Starts PostgreSQL and Redis when they do not answer (the several-instances tests use them).
# This machine kind runs both already; the commands are those of ../shared/ENVIRONMENT.md.
set -euo pipefail
if ! pg_isready -h 127.0.0.1 -p 5432 >/dev/null 2>&1; then
  echo "==> starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  echo "==> starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
