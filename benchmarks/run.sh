#!/usr/bin/env bash
# Builds the server and the benchmarks, runs the HTTP load phases against cognito-es (in memory, embedded H2,
# PostgreSQL) and cognito-local in one go, then the JMH micro-benchmarks. Results: benchmarks/target/run/.
#
#   benchmarks/run.sh                      # everything but the growth check, about 15 minutes on 2 cores
#   MICRO=0 benchmarks/run.sh              # load phases only
#   LOAD=0 benchmarks/run.sh               # JMH only
#   CONCURRENCY=16 DURATION=10 WARMUP=2 USERS=200 SERVERS="in-memory h2 postgres cognito-local" PROFILE=1 ...
#   GROWTH="10000 1000000" benchmarks/run.sh            # adds the growth check, about 10 minutes more
#   GROWTH="10000 1000000" LOAD=0 MICRO=0 benchmarks/run.sh   # the growth check alone
#
# PROFILE=1 records a JFR profile of each cognito-es server (target/run/<server>.jfr).
# GROWTH (off by default, for its time: seeding a million users took 7 minutes on 2 quiet cores, 11 to 16 on 2
# shared ones) runs the same load phases on PostgreSQL once per pool size: a fresh database (durable settings, as in the postgres phase),
# a pool filled in process with that many users through the commands (SeedPool, SEED_THREADS threads), VACUUM
# ANALYZE and CHECKPOINT, then the server jar on it and the phases in that pool (server cognito-es/postgres+<n>-users).
# The report's growth table sets throughput, CPU per operation, RSS and the server's heap after a full GC at each
# size side by side. The database of a million users takes 5.3 GB under target/run until its step ends.
# Needs JDK 17+, Maven, Node.js 20+ with npm, and PostgreSQL's binaries (/usr/lib/postgresql/<v>/bin; run as the
# postgres user through runuser when this script runs as root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/benchmarks/target/run
: "${CONCURRENCY:=16}" "${DURATION:=10}" "${WARMUP:=2}" "${USERS:=200}"
: "${SERVERS:=in-memory h2 postgres cognito-local}" "${LOAD:=1}" "${MICRO:=1}" "${PROFILE:=0}"
: "${SERVER_HEAP:=1g}" "${COGNITO_LOCAL_VERSION:=5.3.0}" "${GROWTH:=}" "${SEED_THREADS:=4}"
ES_PORT=19229
LOCAL_PORT=19230
PG_PORT=55439

mvn -B -q -Pbenchmarks -DskipTests package
JAR=$ROOT/benchmarks/target/cognito-es-benchmarks.jar
SERVER_JAR=$ROOT/http-adapter/target/cognito-es-server.jar
rm -rf "$OUT" && mkdir -p "$OUT"
RESULTS=$OUT/results.jsonl
CLK_TCK=$(getconf CLK_TCK)

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "node: $(node --version 2>/dev/null || echo none)"
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "concurrency=$CONCURRENCY duration=${DURATION}s warmup=${WARMUP}s users=$USERS server heap=$SERVER_HEAP"
  [ -n "$GROWTH" ] && echo "growth: pools of ${GROWTH// /, } users, seeded in $SEED_THREADS threads"
} > "$OUT/machine.txt"
cat "$OUT/machine.txt"

wait_for_port() {
  for _ in $(seq 1 300); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "the server died; its log:"; tail -30 "$3"; return 1; }
    sleep 0.2
  done
  echo "nothing listens on $1 after 60 s"; return 1
}

PG_BIN=
PG_DIR=$OUT/pg
PG_DATA=$PG_DIR/data
# a fresh database in PG_DIR (default target/run/pg)
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PG_DATA=$PG_DIR/data
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  mkdir -p "$PG_DATA" "$PG_DIR/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$PG_DIR"
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  # durable defaults (fsync, synchronous_commit on): a sign-up is on disk when it is answered
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_DIR/pg.log" \
    -o "-p $PG_PORT -k $PG_DIR/sock -c listen_addresses=127.0.0.1 -c max_connections=100 -c shared_buffers=256MB" \
    start >/dev/null
}
stop_postgres() {
  local as=()
  [ "$(id -u)" = 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null || true
}

SERVER_PID=
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$PG_BIN" ]; then stop_postgres; fi
  return 0
}
trap cleanup EXIT

run_load() {
  local name=$1 port=$2; shift 2
  java -Xms256m -Xmx512m -cp "$JAR" dev.cognitoes.bench.load.LoadGenerator --endpoint "http://127.0.0.1:$port" \
    --server-name "$name" --server-pid "$SERVER_PID" --concurrency "$CONCURRENCY" --duration "$DURATION" \
    --warmup "$WARMUP" --users "$USERS" --clk-tck "$CLK_TCK" --out "$RESULTS" "$@"
}

JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"

# run_cognito_es <kind> [server name] [load generator options...]; kind postgres runs on the database started
# by the caller when PG_BIN is set, else on a fresh one
run_cognito_es() {
  local kind=$1 name=${2:-cognito-es/$1} extra=() storage=() db=() started_db=0 file
  shift; [ $# -gt 0 ] && shift
  file=${name#cognito-es/}; file=${file//[^A-Za-z0-9.-]/_}
  case $kind in
    in-memory) storage=(--in-memory) ;;
    h2) rm -rf "$OUT/h2"; storage=(--data-dir "$OUT/h2") ;;
    postgres)
      [ -z "$PG_BIN" ] && { start_postgres; started_db=1; }
      storage=(--jdbc-url "$JDBC_URL" --jdbc-user postgres --jdbc-pool-size 16)
      db=(--db-pid "$(head -1 "$PG_DATA/postmaster.pid")") ;;
  esac
  [ "$PROFILE" = 1 ] && extra=("-XX:StartFlightRecording=filename=$OUT/$file.jfr,settings=profile")
  java -Xms"$SERVER_HEAP" -Xmx"$SERVER_HEAP" "${extra[@]}" -jar "$SERVER_JAR" --port "$ES_PORT" "${storage[@]}" \
    > "$OUT/$file.log" 2>&1 &
  SERVER_PID=$!
  wait_for_port "$ES_PORT" "$SERVER_PID" "$OUT/$file.log"
  COGNITO_ES_JDBC_PASSWORD=unused run_load "$name" "$ES_PORT" "${db[@]}" "$@"
  record_live_heap "$name"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
  if [ "$started_db" = 1 ]; then stop_postgres; PG_BIN=; fi
}

# the server's heap after a full collection: what it holds, apart from garbage not yet collected
record_live_heap() {
  local used
  jcmd "$SERVER_PID" GC.run >/dev/null
  used=$(jcmd "$SERVER_PID" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
  [ -n "$used" ] && printf '{"server":"%s","phase":"LiveHeap","liveHeapMiB":%s}\n' "$1" \
    "$(awk "BEGIN {print $used / 1024}")" >> "$RESULTS"
  return 0
}

# the same phases in a pool of <users> users on PostgreSQL: seeded in process, then served by the server jar
run_growth() {
  local users=$1 name=cognito-es/postgres+$1-users pool
  PG_DIR=$OUT/pg-growth-$users
  start_postgres
  # seeds, then VACUUM ANALYZE and CHECKPOINT; prints the pool id
  pool=$(java -Xmx1g -cp "$JAR" dev.cognitoes.bench.load.SeedPool --jdbc-url "$JDBC_URL" --jdbc-user postgres \
    --users "$users" --threads "$SEED_THREADS" --server-name "$name" --out "$RESULTS" 2> >(tee "$PG_DIR/seed.log" >&2))
  echo "database of $users users: $(du -sh "$PG_DATA" | cut -f1)"
  run_cognito_es postgres "$name" --user-pool-id "$pool"
  stop_postgres; PG_BIN=
  rm -rf "$PG_DATA"
  PG_DIR=$OUT/pg
}

run_cognito_local() {
  local npm=$ROOT/benchmarks/target/npm
  if [ ! -d "$npm/node_modules/cognito-local" ]; then
    mkdir -p "$npm"
    (cd "$npm" && npm install --no-audit --no-fund --loglevel=error "cognito-local@$COGNITO_LOCAL_VERSION" >/dev/null)
  fi
  # usernames as cognito-es and AWS take them by default; cognito-local's own default makes them email addresses
  mkdir -p "$OUT/cognito-local/.cognito"
  echo '{"UserPoolDefaults":{"UsernameAttributes":[]}}' > "$OUT/cognito-local/.cognito/config.json"
  (cd "$OUT/cognito-local" && PORT=$LOCAL_PORT HOST=127.0.0.1 exec node "$npm/node_modules/cognito-local/lib/bin/start.js") \
    > "$OUT/cognito-local.log" 2>&1 &
  SERVER_PID=$!
  wait_for_port "$LOCAL_PORT" "$SERVER_PID" "$OUT/cognito-local.log"
  run_load cognito-local "$LOCAL_PORT"
  kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
}

if [ "$LOAD" = 1 ]; then
  for server in $SERVERS; do
    case $server in
      cognito-local) run_cognito_local ;;
      *) run_cognito_es "$server" ;;
    esac
  done
fi
for users in $GROWTH; do
  run_growth "$users"
done
if [ -s "$RESULTS" ]; then
  java -cp "$JAR" dev.cognitoes.bench.load.Report "$RESULTS" cognito-local | tee "$OUT/results.md"
fi

if [ "$MICRO" = 1 ]; then
  # CPU time per operation (not disturbed by other processes); the second run signs the same user in thousands
  # of times first, which shows how a user's sign-in cost grows with its sign-ins
  java -cp "$JAR" dev.cognitoes.bench.micro.CpuCost 5 4 2>/dev/null | tee "$OUT/cpu-cost.txt"
  java -cp "$JAR" dev.cognitoes.bench.micro.CpuCost 31 40 2>/dev/null | tee "$OUT/cpu-cost-after-thousands-of-sign-ins.txt"
  java -jar "$JAR" -wi 2 -w 1 -i 3 -r 1 -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt" | grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.)'
  java -cp "$JAR" dev.cognitoes.bench.micro.SrpRatio "$OUT/jmh.json" | tee -a "$OUT/jmh.txt"
fi
