import { ValidationPipe } from '@nestjs/common';

/**
 * Validation as the contract says: unknown fields are refused, payloads become typed DTOs.
 * One instance, registered as the global pipe, so HTTP bodies and Socket.IO payloads go through the same checks.
 */
export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  transformOptions: { enableImplicitConversion: false },
  stopAtFirstError: false,
});
