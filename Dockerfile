# The app only; Neo4j runs in its own container (see docker-compose.yml), so the Java launcher is not built here.
FROM node:20-bookworm-slim
WORKDIR /app
ENV ATLAS_SKIP_NEO4J_BUILD=1 NODE_ENV=production
COPY package.json package-lock.json ./
COPY scripts ./scripts
RUN npm ci
COPY . .
RUN npm run build --if-present
EXPOSE 3000
CMD ["node", "bin/atlas.js", "serve"]
