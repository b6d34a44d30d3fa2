"""`rq cron worker.cron`: the schedule of recurring jobs (rq 3 CronScheduler)."""

from rq import cron

from checkins.services import QUEUE_URGENT
from worker.jobs import tick

# Every minute, on the urgent queue so a backlog of routine sends never delays it.
cron.register(tick, queue_name=QUEUE_URGENT, cron="* * * * *", job_timeout=300, name="tick")
