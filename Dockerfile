# newsdesk: multi-stage build, non-root runtime, production dependencies only.
# Build: docker build -t newsdesk .
# Run:   docker run --env-file .env -p 3000:3000 -v "$PWD/corpus:/app/corpus:ro" -v newsdesk-data:/app/data newsdesk

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
# tsx (a runtime dependency) runs the TypeScript sources directly; there is no separate build step.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY config ./config
COPY corpus ./corpus
COPY slack ./slack
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
# node itself is pid 1 (no npm or tsx wrapper in between), so `docker stop`'s SIGTERM reaches the app: it
# stops accepting, finishes the commands in flight (config shutdown.drainSeconds, 8 s: inside the default
# 10 s grace) and exits 0. `npm start` runs the same command.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--import", "tsx", "src/main.ts"]
