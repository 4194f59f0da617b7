#!/usr/bin/env bash
# Runs the date-sensitive integration tests as of each day of a list (the portal's clock moved with
# -Dmarelle.today), one fresh portal and demo town per day, and prints a line per day.
#
#   src/test/sh/any-date.sh                      # the days below
#   DAYS="2026-07-14 2026-12-04T23:30" src/test/sh/any-date.sh
#   ITS="BookingApiIT,RegistrationIT" src/test/sh/any-date.sh
#   IT_PORT=18085 src/test/sh/any-date.sh       # beside another portal under test
#
# Logs: target/any-date/<day>.log. Exit code 1 when any day failed.
set -uo pipefail
cd "$(dirname "$0")/../../.."

# Zone C (the demo town's), school years 2025-2026 and 2026-2027 of the shipped calendar.
DEFAULT_DAYS="
2026-03-29T10:00 2026-07-03T16:00 2026-07-04 2026-07-14 2026-08-15 2026-08-31 2026-09-01T08:00
2026-10-17 2026-10-25T10:00 2026-11-01 2026-11-17T14:00 2026-12-04T23:30 2026-12-19 2026-12-31T18:00
2027-01-03 2027-02-06 2027-02-21 2027-03-28T10:00 2027-04-03 2027-04-18 2027-05-07
"
DAYS=${DAYS:-$DEFAULT_DAYS}
# every class whose scenario depends on the day (all but the account and guardian scenarios)
ITS=${ITS:-DemoTownIT,BookingApiIT,BookingBrowserIT,CalendarFeedIT,RegistrationIT,AttendanceIT,BillingIT,CounterPaymentIT,OnlinePaymentIT,PayfipSimulatorIT,PlanningApiIT,PlanningBrowserIT,HouseholdApiIT,HouseholdBrowserIT,BrowserIT}

mkdir -p target/any-date
echo "Building once..."
mvn -B -q package -DskipTests > target/any-date/build.log 2>&1 || { echo "build failed: target/any-date/build.log"; exit 1; }

failed=0
printf '%-18s %-7s %-40s %s\n' "day" "result" "tests" "time"
for day in $DAYS; do
    log="target/any-date/${day//:/-}.log"
    start=$(date +%s)
    mvn -B failsafe:integration-test failsafe:verify -Dmarelle.today="$day" -Dit.test="$ITS" \
        -Dit.http.port="${IT_PORT:-18080}" > "$log" 2>&1
    code=$?
    took=$(( $(date +%s) - start ))
    summary=$(grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures' "$log" | tail -1 | sed -E 's/^\[[A-Z]+\] //')
    if [ $code -eq 0 ]; then result=ok; else result=FAILED; failed=1; fi
    printf '%-18s %-7s %-40s %ss\n' "$day" "$result" "${summary:-no tests ran, see $log}" "$took"
    [ $code -eq 0 ] || grep -E '<<< (FAILURE|ERROR)!' "$log" | grep -v 'Tests run' | sed 's/^/    /' | head -10
done
exit $failed
