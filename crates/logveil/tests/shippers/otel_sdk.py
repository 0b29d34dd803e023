"""Sends log records to logveil with the OpenTelemetry Python SDK's OTLP/HTTP exporter.

Usage: otel_sdk.py ENDPOINT TOKEN   (ENDPOINT like http://127.0.0.1:7700/v1/logs)
Exits 0 once the exporter reports success.
"""
import logging
import sys

from opentelemetry._logs import set_logger_provider
from opentelemetry.exporter.otlp.proto.http._log_exporter import OTLPLogExporter
from opentelemetry.sdk._logs import LoggerProvider, LoggingHandler
from opentelemetry.sdk._logs.export import SimpleLogRecordProcessor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider

endpoint, token = sys.argv[1], sys.argv[2]
resource = Resource.create({"service.name": "checkout", "deployment.environment": "prod"})
provider = LoggerProvider(resource=resource)
exporter = OTLPLogExporter(endpoint=endpoint, headers={"Authorization": f"Bearer {token}"})
provider.add_log_record_processor(SimpleLogRecordProcessor(exporter))
set_logger_provider(provider)
log = logging.getLogger("checkout")
log.addHandler(LoggingHandler(level=logging.INFO, logger_provider=provider))
log.setLevel(logging.INFO)

tracer = TracerProvider(resource=resource).get_tracer("checkout")
with tracer.start_as_current_span("charge"):
    log.warning("payment declined for maria.garcia@example.com card 4111 1111 1111 1111")
log.info("cart saved", extra={"cart.items": 3})
provider.shutdown()
